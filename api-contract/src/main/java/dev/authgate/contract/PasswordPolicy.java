package dev.authgate.contract;

/**
 * The rules a password must meet, as the user pool enforces them.
 *
 * @param minLength 6 to 99
 */
public record PasswordPolicy(int minLength, boolean requireDigits, boolean requireLowercase, boolean requireSymbols,
        boolean requireUppercase) {

    /** Eight characters with digits, lower and upper case letters and symbols: Cognito's own default. */
    public static final PasswordPolicy DEFAULT = new PasswordPolicy(8, true, true, true, true);

    public PasswordPolicy {
        if (minLength < 6 || minLength > 99) {
            throw new IllegalArgumentException("password-policy.min-length must be from 6 to 99, not " + minLength);
        }
    }
}
