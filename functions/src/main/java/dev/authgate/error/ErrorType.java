package dev.authgate.error;

import java.util.Map;

/** Authgate's own error types, and the HTTP status of every type a client can see (DESIGN.md section 3). */
public final class ErrorType {

    public static final String INVALID_REQUEST = "InvalidRequest";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String NOT_FOUND = "NotFound";
    public static final String METHOD_NOT_ALLOWED = "MethodNotAllowed";
    public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";
    /** The local web app refuses a request addressed to a name that is not loopback's. */
    public static final String MISDIRECTED_REQUEST = "MisdirectedRequest";
    public static final String URI_TOO_LONG = "UriTooLong";
    public static final String HEADERS_TOO_LARGE = "RequestHeaderFieldsTooLarge";
    public static final String NOT_IMPLEMENTED = "NotImplemented";
    public static final String HTTP_VERSION_NOT_SUPPORTED = "HttpVersionNotSupported";
    public static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";
    public static final String BAD_GATEWAY = "BadGateway";
    public static final String INTERNAL_ERROR = "InternalError";

    private static final Map<String, Integer> STATUS = Map.ofEntries(
            Map.entry(INVALID_REQUEST, 400),
            Map.entry("InvalidParameterException", 400),
            Map.entry("InvalidPasswordException", 400),
            Map.entry("CodeMismatchException", 400),
            Map.entry("ExpiredCodeException", 400),
            Map.entry("EnableSoftwareTokenMFAException", 400),
            Map.entry("SoftwareTokenMFANotFoundException", 400),
            Map.entry("UserLambdaValidationException", 400),
            Map.entry(UNAUTHORIZED, 401),
            Map.entry("NotAuthorizedException", 401),
            Map.entry("UserNotConfirmedException", 403),
            Map.entry("PasswordResetRequiredException", 403),
            Map.entry(NOT_FOUND, 404),
            Map.entry("UserNotFoundException", 404),
            Map.entry(METHOD_NOT_ALLOWED, 405),
            Map.entry("UsernameExistsException", 409),
            Map.entry("AliasExistsException", 409),
            Map.entry(PAYLOAD_TOO_LARGE, 413),
            Map.entry(URI_TOO_LONG, 414),
            Map.entry(HEADERS_TOO_LARGE, 431),
            Map.entry("TooManyRequestsException", 429),
            Map.entry("LimitExceededException", 429),
            Map.entry("TooManyFailedAttemptsException", 429),
            Map.entry(INTERNAL_ERROR, 500),
            Map.entry(NOT_IMPLEMENTED, 501),
            Map.entry(BAD_GATEWAY, 502),
            Map.entry("InternalErrorException", 502),
            Map.entry("CodeDeliveryFailureException", 502),
            Map.entry(SERVICE_UNAVAILABLE, 503),
            Map.entry(HTTP_VERSION_NOT_SUPPORTED, 505));

    private ErrorType() {
    }

    /**
     * The status for a type. A Cognito error this table does not name is a problem with the pool or its
     * configuration rather than with the request, so it answers 502.
     */
    public static int statusOf(String type) {
        return STATUS.getOrDefault(type, 502);
    }
}
