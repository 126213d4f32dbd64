package dev.authgate.contract;

/** {@code POST /auth/password/change}: the code forgot-password sent and the new password. */
public record ConfirmForgotPasswordRequest(String username, String password, String confirmationCode) {

    @Override
    public String toString() {
        return "ConfirmForgotPasswordRequest[username=" + username + ", password=" + Redaction.redact(password)
                + ", confirmationCode=" + Redaction.redact(confirmationCode) + "]";
    }
}
