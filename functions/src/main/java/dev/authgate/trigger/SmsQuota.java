package dev.authgate.trigger;

/**
 * How many sign-in codes a user's phone number may be sent: at most {@code authgate.sms.max-codes} within
 * {@code authgate.sms.window-minutes}. The count lives with the user in the pool, so it holds across Lambda
 * instances.
 */
public interface SmsQuota {

    /** Counts one more code for the user and answers true, or answers false when the limit is reached. */
    boolean tryAcquire(String userPoolId, String username);
}
