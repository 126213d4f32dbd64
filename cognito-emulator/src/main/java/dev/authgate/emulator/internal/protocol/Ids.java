package dev.authgate.emulator.internal.protocol;

import dev.authgate.emulator.internal.crypto.Secrets;

/** Identifiers in the shapes Cognito uses, so that code validating them by pattern accepts ours. */
public final class Ids {
    private static final String ALPHANUMERIC = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final String LOWER_ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyz0123456789";

    private Ids() {
    }

    /** {@code us-east-1_AbCdEf123}. */
    public static String poolId() {
        return "us-east-1_" + random(ALPHANUMERIC, 9);
    }

    /** 26 lowercase letters and digits. */
    public static String clientId() {
        return random(LOWER_ALPHANUMERIC, 26);
    }

    /** 51 letters and digits. */
    public static String clientSecret() {
        return random(LOWER_ALPHANUMERIC, 51);
    }

    private static String random(String alphabet, int length) {
        StringBuilder id = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            id.append(alphabet.charAt(Secrets.random().nextInt(alphabet.length())));
        }
        return id.toString();
    }
}
