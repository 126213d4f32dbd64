package dev.authgate.aws.cognito;

import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkException;

import dev.authgate.error.AuthException;
import dev.authgate.error.ErrorType;

/**
 * What the API answers for each failure of a Cognito call: Cognito's own error type and status for what the caller
 * can fix, with any quoted value redacted; 502 for what Cognito could not do; 503 when it could not be reached.
 */
final class CognitoErrors {

    /** AWS validation messages may quote the rejected value; a value can be a secret. */
    private static final Pattern QUOTED_VALUE = Pattern.compile("Value '[^']*' at");
    private static final Pattern TRIGGER_REFUSAL = Pattern.compile("failed with error (\\w+): (.*?)\\.?$");

    private CognitoErrors() {
    }

    static AuthException translate(SdkException e) {
        if (e instanceof AwsServiceException refused) {
            return refusal(refused);
        }
        if (e instanceof SdkClientException) {
            return new AuthException(ErrorType.SERVICE_UNAVAILABLE, 503,
                    "The identity provider is unreachable or did not answer in time.", Map.of("Retry-After", "1"), e);
        }
        return couldNotComplete(e);
    }

    private static AuthException refusal(AwsServiceException e) {
        String type = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        if (type == null || type.isBlank()) {
            return couldNotComplete(e);
        }
        if (type.equals("UserLambdaValidationException")) {
            return triggerRefusal(e);
        }
        int status = ErrorType.statusOf(type);
        String message = status >= 500
                ? "The identity provider could not complete the request."
                : QUOTED_VALUE.matcher(Objects.requireNonNullElse(e.awsErrorDetails().errorMessage(), type)).replaceAll("Value at");
        Map<String, String> headers = status == 429 ? Map.of("Retry-After", "1") : Map.of();
        return new AuthException(type, status, message, headers, e);
    }

    /**
     * A trigger's refusal, "{@code <Trigger> failed with error <Type>: <message>.}": when the trigger named a
     * type the API knows, the caller gets that type and message, as if Cognito had refused by itself.
     */
    private static AuthException triggerRefusal(AwsServiceException e) {
        Matcher refusal = TRIGGER_REFUSAL.matcher(Objects.requireNonNullElse(e.awsErrorDetails().errorMessage(), ""));
        if (refusal.find() && ErrorType.statusOf(refusal.group(1)) < 500) {
            int status = ErrorType.statusOf(refusal.group(1));
            return new AuthException(refusal.group(1), status, refusal.group(2),
                    status == 429 ? Map.of("Retry-After", "60") : Map.of(), e);
        }
        return new AuthException("UserLambdaValidationException", 400, "The request was refused by the user pool's rules.", Map.of(), e);
    }

    private static AuthException couldNotComplete(SdkException e) {
        return new AuthException(ErrorType.BAD_GATEWAY, 502, "The identity provider could not complete the request.", Map.of(), e);
    }
}
