package dev.authgate.contract;

/** A second factor a user can sign in with, as the API names it, and as Cognito does. */
public enum MfaFactor {
    /** A code from an authenticator app (RFC 6238). */
    TOTP("SOFTWARE_TOKEN_MFA"),
    /** A code texted to the user's phone number. */
    SMS("SMS_MFA");

    /** Cognito's name: {@code SOFTWARE_TOKEN_MFA} or {@code SMS_MFA}, also the sign-in challenge's. */
    private final String cognitoName;

    MfaFactor(String cognitoName) {
        this.cognitoName = cognitoName;
    }

    public static MfaFactor fromCognitoName(String name) {
        for (MfaFactor factor : values()) {
            if (factor.cognitoName.equals(name)) {
                return factor;
            }
        }
        throw new IllegalArgumentException("Not an MFA factor: " + name);
    }
}
