package dev.authgate.trigger;

/**
 * How many sign-in codes one phone number may be sent: at most {@code authgate.sms.max-codes} in each window of
 * {@code authgate.sms.window-minutes} (windows follow one another from the epoch). Counting is atomic: however
 * many sign-ins of one number run at once, on however many instances, no more codes than the limit are counted.
 */
public interface SmsQuota {

    /** Counts one more code for the number and answers true, or answers false when the window's limit is reached. */
    boolean tryAcquire(String userPoolId, String phoneNumber);
}
