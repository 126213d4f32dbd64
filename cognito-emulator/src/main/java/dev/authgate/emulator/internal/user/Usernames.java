package dev.authgate.emulator.internal.user;

import static dev.authgate.emulator.internal.error.CognitoError.INVALID_PARAMETER;

import dev.authgate.emulator.internal.state.PoolSettings;
import java.util.List;
import java.util.regex.Pattern;

/** The formats Cognito accepts for usernames, emails and phone numbers. */
public final class Usernames {
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final Pattern PHONE = Pattern.compile("^\\+[0-9]{4,15}$");
    // Letters, marks, symbols, digits and punctuation: no whitespace or control characters.
    private static final Pattern USERNAME = Pattern.compile("^[\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]{1,128}$");

    private Usernames() {
    }

    public static boolean isEmail(String value) {
        return EMAIL.matcher(value).matches();
    }

    public static boolean isPhoneNumber(String value) {
        return PHONE.matcher(value).matches();
    }

    /**
     * In a pool whose users sign in with an email or phone number, the attribute the given username
     * is; anything else is rejected with the message Cognito gives for that pool.
     */
    public static String contactAttributeOf(PoolSettings settings, String username) {
        List<String> allowed = settings.usernameAttributes();
        if (allowed.contains("email") && isEmail(username)) {
            return "email";
        }
        if (allowed.contains("phone_number") && isPhoneNumber(username)) {
            return "phone_number";
        }
        if (allowed.size() > 1) {
            throw INVALID_PARAMETER.exception("Username should be either an email or a phone number.");
        }
        throw INVALID_PARAMETER.exception(allowed.contains("email") ? "Username should be an email." : "Username should be a phone number.");
    }

    public static void checkPlain(String username) {
        if (!USERNAME.matcher(username).matches()) {
            throw INVALID_PARAMETER.exception("1 validation error detected: Value at 'username' failed to satisfy constraint: "
                    + "Member must satisfy regular expression pattern: [\\p{L}\\p{M}\\p{S}\\p{N}\\p{P}]+");
        }
    }
}
