package dev.authgate.settings;

import java.util.Objects;

/**
 * {@code authgate.password-policy}: the rules a password must meet, applied to the user pool by the
 * provisioner and enforced by Cognito. Unset values take Cognito's defaults: 8 characters with digits,
 * lower and upper case letters and symbols. Each {@code with...} method gives a copy with one value changed.
 *
 * @param minLength the shortest password, 6 to 99 (default 8)
 * @param requireDigits whether a password needs a digit (default true)
 * @param requireLowercase whether a password needs a lower-case letter (default true)
 * @param requireSymbols whether a password needs a symbol (default true)
 * @param requireUppercase whether a password needs an upper-case letter (default true)
 */
public record PasswordPolicy(Integer minLength, Boolean requireDigits, Boolean requireLowercase, Boolean requireSymbols,
        Boolean requireUppercase) {

    public PasswordPolicy {
        minLength = Objects.requireNonNullElse(minLength, 8);
        requireDigits = Objects.requireNonNullElse(requireDigits, true);
        requireLowercase = Objects.requireNonNullElse(requireLowercase, true);
        requireSymbols = Objects.requireNonNullElse(requireSymbols, true);
        requireUppercase = Objects.requireNonNullElse(requireUppercase, true);
        if (minLength < 6 || minLength > 99) {
            throw new IllegalArgumentException("authgate.password-policy.min-length must be from 6 to 99, not " + minLength);
        }
    }

    /** Every default. */
    public static PasswordPolicy defaults() {
        return new PasswordPolicy(null, null, null, null, null);
    }

    public PasswordPolicy withMinLength(int newMinLength) {
        return new PasswordPolicy(newMinLength, requireDigits, requireLowercase, requireSymbols, requireUppercase);
    }

    public PasswordPolicy withRequireDigits(boolean newRequireDigits) {
        return new PasswordPolicy(minLength, newRequireDigits, requireLowercase, requireSymbols, requireUppercase);
    }

    public PasswordPolicy withRequireLowercase(boolean newRequireLowercase) {
        return new PasswordPolicy(minLength, requireDigits, newRequireLowercase, requireSymbols, requireUppercase);
    }

    public PasswordPolicy withRequireSymbols(boolean newRequireSymbols) {
        return new PasswordPolicy(minLength, requireDigits, requireLowercase, newRequireSymbols, requireUppercase);
    }

    public PasswordPolicy withRequireUppercase(boolean newRequireUppercase) {
        return new PasswordPolicy(minLength, requireDigits, requireLowercase, requireSymbols, newRequireUppercase);
    }
}
