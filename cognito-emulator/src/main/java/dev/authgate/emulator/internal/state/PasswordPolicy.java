package dev.authgate.emulator.internal.state;

import java.util.ArrayList;
import java.util.List;

/** A pool's password rules, and the check every password-setting action runs. */
public record PasswordPolicy(
        int minimumLength,
        boolean requireUppercase,
        boolean requireLowercase,
        boolean requireNumbers,
        boolean requireSymbols,
        int temporaryPasswordValidityDays) {

    /** Cognito's defaults when a pool is created without a policy. */
    public static final PasswordPolicy DEFAULT = new PasswordPolicy(8, true, true, true, true, 7);

    // The special characters Cognito counts as symbols (its documented list, plus the space).
    private static final String SYMBOLS = "^$*.[]{}()?\"!@#%&/\\,><':;|_~`=+- ";

    /** The rules the password breaks, worded as Cognito words them; empty when it conforms. */
    public List<String> violations(String password) {
        List<String> failed = new ArrayList<>();
        if (password.length() < minimumLength) {
            failed.add("Password not long enough");
        }
        if (requireUppercase && password.chars().noneMatch(Character::isUpperCase)) {
            failed.add("Password must have uppercase characters");
        }
        if (requireLowercase && password.chars().noneMatch(Character::isLowerCase)) {
            failed.add("Password must have lowercase characters");
        }
        if (requireNumbers && password.chars().noneMatch(Character::isDigit)) {
            failed.add("Password must have numeric characters");
        }
        if (requireSymbols && password.chars().noneMatch(c -> SYMBOLS.indexOf(c) >= 0)) {
            failed.add("Password must have symbol characters");
        }
        return failed;
    }
}
