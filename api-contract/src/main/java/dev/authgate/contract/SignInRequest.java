package dev.authgate.contract;

/** {@code POST /auth/sign-in}: the password is absent in Passwordless mode. */
public record SignInRequest(String username, String password) {

    @Override
    public String toString() {
        return "SignInRequest[username=" + username + ", password=" + Redaction.redact(password) + "]";
    }
}
