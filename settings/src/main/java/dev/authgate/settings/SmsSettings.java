package dev.authgate.settings;

import java.util.Objects;

/**
 * {@code authgate.sms}: the limits on Passwordless sign-in codes.
 * Each {@code with...} method gives a copy with one value changed.
 *
 * @param maxCodes how many codes one phone number may be sent within the window (default 3)
 * @param windowMinutes the window (default 15)
 * @param maxAttempts wrong answers allowed before the sign-in must start again (default 3)
 * @param quotaTable the DynamoDB table that counts the codes sent per number and window (on AWS, the stack's own;
 *     the provisioner sets it)
 * @param codeKey the secret the sign-in codes are hashed with (HMAC), the same for every instance (on AWS, the
 *     stack's generated secret; the provisioner sets it; locally a key of the process is used when it is not set)
 */
public record SmsSettings(Integer maxCodes, Integer windowMinutes, Integer maxAttempts, String quotaTable, String codeKey) {

    public SmsSettings {
        maxCodes = Objects.requireNonNullElse(maxCodes, 3);
        windowMinutes = Objects.requireNonNullElse(windowMinutes, 15);
        maxAttempts = Objects.requireNonNullElse(maxAttempts, 3);
        if (maxCodes < 1 || windowMinutes < 1 || maxAttempts < 1) {
            throw new IllegalArgumentException("authgate.sms: max-codes, window-minutes and max-attempts must be at least 1");
        }
        if (codeKey != null && codeKey.length() < 16) {
            throw new IllegalArgumentException("authgate.sms.code-key must have at least 16 characters");
        }
    }

    /** Every default. */
    public static SmsSettings defaults() {
        return new SmsSettings(null, null, null, null, null);
    }

    public SmsSettings withMaxCodes(int newMaxCodes) {
        return new SmsSettings(newMaxCodes, windowMinutes, maxAttempts, quotaTable, codeKey);
    }

    public SmsSettings withWindowMinutes(int newWindowMinutes) {
        return new SmsSettings(maxCodes, newWindowMinutes, maxAttempts, quotaTable, codeKey);
    }

    public SmsSettings withMaxAttempts(int newMaxAttempts) {
        return new SmsSettings(maxCodes, windowMinutes, newMaxAttempts, quotaTable, codeKey);
    }

    public SmsSettings withQuotaTable(String newQuotaTable) {
        return new SmsSettings(maxCodes, windowMinutes, maxAttempts, newQuotaTable, codeKey);
    }

    public SmsSettings withCodeKey(String newCodeKey) {
        return new SmsSettings(maxCodes, windowMinutes, maxAttempts, quotaTable, newCodeKey);
    }

    /** Without the code key, which no log line may show. */
    @Override
    public String toString() {
        return "SmsSettings[maxCodes=" + maxCodes + ", windowMinutes=" + windowMinutes + ", maxAttempts=" + maxAttempts
                + ", quotaTable=" + quotaTable + ", codeKey=" + (codeKey == null ? "none" : "***") + "]";
    }
}
