package dev.authgate.contract;

/** {@code PUT /auth/mfa}: {@code TOTP} or {@code SMS} to prefer (and turn on) that factor, {@code OFF} to turn both off. */
public record MfaPreferenceRequest(String preferred) {
}
