package dev.authgate.emulator.internal.state;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.JsonAutoDetect.Visibility;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A user's second factors: the authenticator secret (associated, then verified with a first code), which factors
 * are enabled and which one is preferred, and the SMS code of a sign-in in progress. The secret is kept as given
 * out, since the codes are computed from it; mutable for the same reason as {@link User}.
 */
@JsonAutoDetect(fieldVisibility = Visibility.ANY, getterVisibility = Visibility.NONE, isGetterVisibility = Visibility.NONE)
public final class UserMfa {
    public static final String SMS = "SMS_MFA";
    public static final String SOFTWARE_TOKEN = "SOFTWARE_TOKEN_MFA";
    /** A challenge name, as the factors' names are too, but no factor: the user must set up an authenticator to sign in. */
    public static final String SETUP = "MFA_SETUP";

    private String associatedSecret;
    private String secret;
    private String deviceName;
    private long lastUsedStep = Long.MIN_VALUE;
    private boolean smsEnabled;
    private boolean softwareTokenEnabled;
    private String preferred;
    private PendingCode smsCode;

    public Optional<String> associatedSecret() {
        return Optional.ofNullable(associatedSecret);
    }

    /** A new secret, in use once a first code proves the authenticator has it; the verified one stays until then. */
    public void associate(String newSecret) {
        associatedSecret = newSecret;
    }

    public void verifyAssociated(String friendlyDeviceName, long step) {
        secret = associatedSecret;
        associatedSecret = null;
        deviceName = friendlyDeviceName;
        lastUsedStep = step;
    }

    public Optional<String> secret() {
        return Optional.ofNullable(secret);
    }

    public Optional<String> deviceName() {
        return Optional.ofNullable(deviceName);
    }

    /** A code's step is spent once used: the same code, or an older one, is refused afterwards. */
    public boolean stepUnused(long step) {
        return step > lastUsedStep;
    }

    public void useStep(long step) {
        lastUsedStep = step;
    }

    public boolean smsEnabled() {
        return smsEnabled;
    }

    public boolean softwareTokenEnabled() {
        return softwareTokenEnabled;
    }

    public Optional<String> preferred() {
        return Optional.ofNullable(preferred);
    }

    /** The factors turned on, in Cognito's order. */
    public List<String> enabled() {
        List<String> factors = new ArrayList<>();
        if (smsEnabled) {
            factors.add(SMS);
        }
        if (softwareTokenEnabled) {
            factors.add(SOFTWARE_TOKEN);
        }
        return factors;
    }

    public void setSms(boolean enabled, boolean isPreferred) {
        smsEnabled = enabled;
        prefer(SMS, enabled && isPreferred);
    }

    public void setSoftwareToken(boolean enabled, boolean isPreferred) {
        softwareTokenEnabled = enabled;
        prefer(SOFTWARE_TOKEN, enabled && isPreferred);
    }

    private void prefer(String factor, boolean isPreferred) {
        if (isPreferred) {
            preferred = factor;
        } else if (factor.equals(preferred)) {
            preferred = null;
        }
    }

    public Optional<PendingCode> smsCode() {
        return Optional.ofNullable(smsCode);
    }

    public void setSmsCode(PendingCode code) {
        smsCode = code;
    }
}
