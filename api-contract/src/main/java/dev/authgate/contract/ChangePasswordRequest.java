package dev.authgate.contract;

/** {@code POST /auth/password/update}: the bearer's current and new password. */
public record ChangePasswordRequest(String oldPassword, String newPassword) {

    @Override
    public String toString() {
        return "ChangePasswordRequest[oldPassword=" + Redaction.redact(oldPassword)
                + ", newPassword=" + Redaction.redact(newPassword) + "]";
    }
}
