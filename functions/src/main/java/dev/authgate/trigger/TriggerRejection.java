package dev.authgate.trigger;

/**
 * A trigger's refusal. Cognito answers the caller {@code UserLambdaValidationException} with the message
 * "{@code <Trigger> failed with error <message>.}"; a message that starts with an error type and a colon
 * ({@code LimitExceededException: ...}) lets Authgate's API give the caller that type again.
 */
public final class TriggerRejection extends RuntimeException {

    public TriggerRejection(String type, String message) {
        super(type + ": " + message, null, false, false);
    }
}
