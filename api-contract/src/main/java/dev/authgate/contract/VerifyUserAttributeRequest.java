package dev.authgate.contract;

/** {@code POST /auth/user/attributes/verify}: the attribute ({@code email} or {@code phone_number}) and the code sent to it. */
public record VerifyUserAttributeRequest(String attribute, String confirmationCode) {
}
