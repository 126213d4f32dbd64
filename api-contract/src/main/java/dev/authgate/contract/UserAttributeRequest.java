package dev.authgate.contract;

/** {@code POST /auth/user/attributes/resend-code}: the attribute ({@code email} or {@code phone_number}) to verify. */
public record UserAttributeRequest(String attribute) {
}
