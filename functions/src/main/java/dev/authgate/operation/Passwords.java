package dev.authgate.operation;

import java.security.SecureRandom;

import dev.authgate.settings.PasswordPolicy;

/** Passwords no one knows, for Passwordless users: long, random, and within the pool's policy. */
public final class Passwords {

    private static final String LOWER = "abcdefghijkmnopqrstuvwxyz";
    private static final String UPPER = "ABCDEFGHJKLMNPQRSTUVWXYZ";
    private static final String DIGITS = "23456789";
    private static final String SYMBOLS = "^$*.[]{}()?-!@#%&/,><:;|_~";
    private static final String ALL = LOWER + UPPER + DIGITS + SYMBOLS;

    private final SecureRandom random = new SecureRandom();
    private final int length;

    public Passwords(PasswordPolicy policy) {
        this.length = Math.max(40, policy.minLength());
    }

    public String unguessable() {
        StringBuilder password = new StringBuilder(length);
        for (String required : new String[] {LOWER, UPPER, DIGITS, SYMBOLS}) {
            password.append(pick(required));
        }
        while (password.length() < length) {
            password.append(pick(ALL));
        }
        return password.toString();
    }

    private char pick(String from) {
        return from.charAt(random.nextInt(from.length()));
    }
}
