package dev.authgate.emulator.internal.error;

/**
 * The error types the emulator answers with, spelled as Cognito spells them so that the SDK maps
 * each one onto its typed exception.
 */
public enum CognitoError {
    ALIAS_EXISTS("AliasExistsException"),
    CODE_MISMATCH("CodeMismatchException"),
    ENABLE_SOFTWARE_TOKEN_MFA("EnableSoftwareTokenMFAException"),
    EXPIRED_CODE("ExpiredCodeException"),
    GROUP_EXISTS("GroupExistsException"),
    INTERNAL_ERROR("InternalErrorException"),
    INVALID_LAMBDA_RESPONSE("InvalidLambdaResponseException"),
    INVALID_PARAMETER("InvalidParameterException"),
    INVALID_PASSWORD("InvalidPasswordException"),
    NOT_AUTHORIZED("NotAuthorizedException"),
    RESOURCE_NOT_FOUND("ResourceNotFoundException"),
    SERIALIZATION("SerializationException"),
    SOFTWARE_TOKEN_MFA_NOT_FOUND("SoftwareTokenMFANotFoundException"),
    TOO_MANY_FAILED_ATTEMPTS("TooManyFailedAttemptsException"),
    UNAUTHORIZED("UnauthorizedException"),
    UNEXPECTED_LAMBDA("UnexpectedLambdaException"),
    UNKNOWN_OPERATION("UnknownOperationException"),
    UNSUPPORTED_OPERATION("UnsupportedOperationException"),
    UNSUPPORTED_TOKEN_TYPE("UnsupportedTokenTypeException"),
    UNSUPPORTED_USER_STATE("UnsupportedUserStateException"),
    USER_LAMBDA_VALIDATION("UserLambdaValidationException"),
    USER_NOT_CONFIRMED("UserNotConfirmedException"),
    USER_NOT_FOUND("UserNotFoundException"),
    USERNAME_EXISTS("UsernameExistsException");

    private final String type;

    CognitoError(String type) {
        this.type = type;
    }

    /** The wire name, used as {@code __type} and {@code x-amzn-ErrorType}. */
    public String type() {
        return type;
    }

    /** Cognito answers every client-side failure with 400, whatever its kind; only its own faults are 500. */
    public int httpStatus() {
        return this == INTERNAL_ERROR ? 500 : 400;
    }

    public CognitoException exception(String message) {
        return new CognitoException(this, message);
    }
}
