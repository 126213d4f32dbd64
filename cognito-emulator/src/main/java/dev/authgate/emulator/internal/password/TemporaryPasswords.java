package dev.authgate.emulator.internal.password;

import dev.authgate.emulator.internal.crypto.Secrets;
import dev.authgate.emulator.internal.state.PasswordPolicy;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Generates the temporary password an administrator-created user gets when none is given. */
public final class TemporaryPasswords {
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "^$*.!@#%&";
    private static final String ALL = UPPER + LOWER + DIGITS + SYMBOLS;

    private TemporaryPasswords() {
    }

    /** One character of every class, whatever the policy requires, then random ones up to length. */
    public static String generate(PasswordPolicy policy) {
        SecureRandom random = Secrets.random();
        List<Character> characters = new ArrayList<>();
        for (String alphabet : List.of(UPPER, LOWER, DIGITS, SYMBOLS)) {
            characters.add(pick(alphabet, random));
        }
        int length = Math.max(policy.minimumLength(), 12);
        while (characters.size() < length) {
            characters.add(pick(ALL, random));
        }
        Collections.shuffle(characters, random);
        StringBuilder password = new StringBuilder(length);
        characters.forEach(password::append);
        return password.toString();
    }

    private static char pick(String alphabet, SecureRandom random) {
        return alphabet.charAt(random.nextInt(alphabet.length()));
    }
}
