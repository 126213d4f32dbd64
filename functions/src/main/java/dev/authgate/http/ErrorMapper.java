package dev.authgate.http;

import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import dev.authgate.contract.ErrorEnvelope;
import dev.authgate.error.AuthException;
import dev.authgate.error.ErrorType;
import dev.authgate.error.WrongAnswerException;

/**
 * The one place that turns a failure into the error envelope. Expected failures keep their type and
 * message; anything else becomes a generic 500 whose details go to the log only.
 */
public final class ErrorMapper {

    private static final Log log = LogFactory.getLog(ErrorMapper.class);

    private final JsonCodec json;

    public ErrorMapper(JsonCodec json) {
        this.json = json;
    }

    /** The failure as the client may see it. */
    public AuthException expected(Throwable failure) {
        if (failure instanceof AuthException expected) {
            return expected;
        }
        log.error("Unexpected failure while handling a request", failure);
        return new AuthException(ErrorType.INTERNAL_ERROR, 500, "An unexpected error occurred.");
    }

    public HttpResponse toResponse(Throwable failure) {
        AuthException error = expected(failure);
        String session = error instanceof WrongAnswerException wrong ? wrong.session() : null;
        byte[] body = json.write(new ErrorEnvelope(new ErrorEnvelope.Error(error.type(), error.getMessage()), session));
        return new HttpResponse(error.status(), headersOf(error), body);
    }

    /** An error answer's headers, in either error format: JSON, and those the error carries (Allow, Retry-After, ...). */
    static Map<String, String> headersOf(AuthException error) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", JsonCodec.CONTENT_TYPE);
        headers.putAll(error.headers());
        return headers;
    }
}
