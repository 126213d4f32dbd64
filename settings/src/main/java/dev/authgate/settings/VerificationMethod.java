package dev.authgate.settings;

import com.fasterxml.jackson.annotation.JsonValue;

/** {@code authgate.verification}: how a UserPassword sign-up proves its email address. */
public enum VerificationMethod {
    /** The email carries a code, which the user sends to {@code POST /auth/sign-up/confirm}. */
    CODE("code"),
    /** The email carries a link to the user pool's confirmation page, which confirms the sign-up when opened. */
    LINK("link");

    private final String settingName;

    VerificationMethod(String settingName) {
        this.settingName = settingName;
    }

    /** The value configuration uses: {@code code} or {@code link}. */
    @JsonValue
    public String settingName() {
        return settingName;
    }

    public static VerificationMethod fromSettingName(String name) {
        for (VerificationMethod method : values()) {
            if (method.settingName.equalsIgnoreCase(name)) {
                return method;
            }
        }
        throw new IllegalArgumentException("authgate.verification: unknown method '" + name + "'; the methods are code and link");
    }
}
