package dev.authgate.web;

import org.apache.tomcat.util.res.StringManager;

import dev.authgate.error.AuthException;
import dev.authgate.error.ErrorType;

/** What a client is told when Tomcat's connector refused its request with a status, in Authgate's error types. */
final class ConnectorRefusal {

    /** Tomcat's own message when the request line and headers do not fit its header buffer. */
    private static final String HEADER_TOO_LARGE = StringManager.getManager("org.apache.coyote.http11")
            .getString("iib.requestheadertoolarge.error");

    private ConnectorRefusal() {
    }

    /**
     * @param status the status Tomcat chose
     * @param cause what Tomcat failed on, when it says
     * @param lineRead whether Tomcat got as far as the request's path
     */
    static AuthException of(int status, Throwable cause, boolean lineRead) {
        if (status == 400 && cause != null && HEADER_TOO_LARGE.equals(cause.getMessage())) {
            return lineRead
                    ? new AuthException(ErrorType.HEADERS_TOO_LARGE, 431, "The request headers are too large.")
                    : new AuthException(ErrorType.URI_TOO_LONG, 414, "The request line is too long.");
        }
        return switch (status) {
            case 400 -> AuthException.invalidRequest("The request is malformed: its method, path or headers are invalid.");
            case 413 -> new AuthException(ErrorType.PAYLOAD_TOO_LARGE, 413, "The request body is too large.");
            case 414 -> new AuthException(ErrorType.URI_TOO_LONG, 414, "The request line is too long.");
            case 431 -> new AuthException(ErrorType.HEADERS_TOO_LARGE, 431, "The request headers are too large.");
            case 501 -> new AuthException(ErrorType.NOT_IMPLEMENTED, 501, "The request's method or transfer coding is not supported.");
            case 505 -> new AuthException(ErrorType.HTTP_VERSION_NOT_SUPPORTED, 505, "The HTTP version is not supported; use HTTP/1.1.");
            default -> status < 500
                    ? new AuthException(ErrorType.INVALID_REQUEST, status, "The request cannot be served.")
                    : new AuthException(ErrorType.INTERNAL_ERROR, 500, "An unexpected error occurred.");
        };
    }
}
