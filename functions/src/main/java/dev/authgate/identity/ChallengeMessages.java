package dev.authgate.identity;

/** What a client must send next for each challenge Cognito can answer a sign-in with. */
public final class ChallengeMessages {

    private ChallengeMessages() {
    }

    public static String nextStep(String challengeName) {
        return switch (challengeName) {
            case "CUSTOM_CHALLENGE" -> "Use the session and the code we have sent you via SMS to get your access tokens via POST /token.";
            case "NEW_PASSWORD_REQUIRED" -> "A new password is required: send username, session and newPassword to POST /auth/token.";
            case "SMS_MFA", "EMAIL_OTP", "SOFTWARE_TOKEN_MFA" ->
                    "Send username, session, challengeName " + challengeName + " and the code as confirmationCode to POST /auth/token.";
            case "MFA_SETUP" -> "Set up an authenticator app: POST /auth/mfa/totp with username and session, POST /auth/mfa/totp/verify "
                    + "with a first code and the session it answered, then POST /auth/token with username, the last session and "
                    + "challengeName MFA_SETUP.";
            default -> "Answer the " + challengeName + " challenge with username, session and challengeName at POST /auth/token.";
        };
    }
}
