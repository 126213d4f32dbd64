package dev.authgate.emulator;

import java.util.Objects;
import java.util.Optional;

/**
 * A trigger function ran and reported an error, as a Lambda function does by throwing. The message is
 * the function's own error message: Cognito passes it on to the caller inside
 * "&lt;Trigger&gt; failed with error &lt;message&gt;.", so it must not carry secrets.
 */
public final class TriggerFailure extends RuntimeException {
    private final String errorType;

    /** @param errorMessage the function's error message, as Lambda reports it in {@code errorMessage} */
    public TriggerFailure(String errorMessage) {
        this(errorMessage, null);
    }

    /**
     * @param errorMessage the function's error message ({@code errorMessage})
     * @param errorType the kind of error, as Lambda reports it in {@code errorType}; may be null
     */
    public TriggerFailure(String errorMessage, String errorType) {
        // An answer from the function, not a fault here: no stack trace to fill.
        super(Objects.requireNonNull(errorMessage, "errorMessage"), null, false, false);
        this.errorType = errorType;
    }

    /** Lambda's {@code errorType}, such as an exception class name, when the function gave one. */
    public Optional<String> errorType() {
        return Optional.ofNullable(errorType);
    }
}
