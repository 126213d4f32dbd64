package dev.authgate.settings;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code authgate.mfa}: whether UserPassword users sign in with a second factor (an authenticator app, or SMS). */
public enum MfaSetting {
    /** No second factor. */
    OFF("off", "OFF"),
    /** Each user chooses: those who turned a factor on are asked for its code at sign-in. */
    OPTIONAL("optional", "OPTIONAL"),
    /** Every user: one without a factor sets up an authenticator at sign-in, before any token is issued. */
    REQUIRED("required", "ON");

    private final String settingName;
    private final String mfaConfiguration;

    MfaSetting(String settingName, String mfaConfiguration) {
        this.settingName = settingName;
        this.mfaConfiguration = mfaConfiguration;
    }

    /** The value configuration uses: {@code off}, {@code optional} or {@code required}. */
    @JsonValue
    public String settingName() {
        return settingName;
    }

    /** The user pool's {@code MfaConfiguration}: {@code OFF}, {@code OPTIONAL} or {@code ON}. */
    public String mfaConfiguration() {
        return mfaConfiguration;
    }

    public static MfaSetting fromSettingName(String name) {
        for (MfaSetting setting : values()) {
            if (setting.settingName.equalsIgnoreCase(name)) {
                return setting;
            }
        }
        throw new IllegalArgumentException("authgate.mfa: unknown value '" + name + "'; the values are off, optional and required");
    }
}
