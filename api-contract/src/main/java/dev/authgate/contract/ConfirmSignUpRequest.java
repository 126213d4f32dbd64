package dev.authgate.contract;

/** {@code POST /auth/sign-up/confirm}. */
public record ConfirmSignUpRequest(String username, String confirmationCode) {

    @Override
    public String toString() {
        return "ConfirmSignUpRequest[username=" + username + ", confirmationCode=" + Redaction.redact(confirmationCode) + "]";
    }
}
