package dev.authgate.hook;

import java.util.Locale;
import java.util.Map;

import dev.authgate.error.AuthException;

/**
 * An error a hook raises on purpose: the client gets its status and message in the envelope, as
 * cognito-gateway turned a hook's {@code err.statusCode} and {@code err.message} into the response. Any
 * other exception from a hook is a 500 with a generic message; its details go to the log only.
 */
public class HookException extends AuthException {

    /** An error whose type is the status's reason phrase, such as {@code UnprocessableContent} for 422. */
    public HookException(int status, String message) {
        this(status, typeOf(status), message);
    }

    public HookException(int status, String type, String message) {
        super(type, status, message);
    }

    /**
     * The reason phrases of RFC 9110 (and 429 of RFC 6585) for the statuses a hook may answer. Written out here
     * rather than taken from spring-web's {@code HttpStatus}: that jar would be 2 MB of the Lambda artifact for
     * this table alone.
     */
    private static final Map<Integer, String> REASONS = Map.ofEntries(
            Map.entry(400, "Bad Request"), Map.entry(401, "Unauthorized"), Map.entry(402, "Payment Required"),
            Map.entry(403, "Forbidden"), Map.entry(404, "Not Found"), Map.entry(405, "Method Not Allowed"),
            Map.entry(406, "Not Acceptable"), Map.entry(407, "Proxy Authentication Required"), Map.entry(408, "Request Timeout"),
            Map.entry(409, "Conflict"), Map.entry(410, "Gone"), Map.entry(411, "Length Required"),
            Map.entry(412, "Precondition Failed"), Map.entry(413, "Content Too Large"), Map.entry(414, "URI Too Long"),
            Map.entry(415, "Unsupported Media Type"), Map.entry(416, "Range Not Satisfiable"),
            Map.entry(417, "Expectation Failed"), Map.entry(421, "Misdirected Request"),
            Map.entry(422, "Unprocessable Content"), Map.entry(426, "Upgrade Required"), Map.entry(428, "Precondition Required"),
            Map.entry(429, "Too Many Requests"), Map.entry(500, "Internal Server Error"), Map.entry(501, "Not Implemented"),
            Map.entry(502, "Bad Gateway"), Map.entry(503, "Service Unavailable"), Map.entry(504, "Gateway Timeout"),
            Map.entry(505, "HTTP Version Not Supported"));

    private static String typeOf(int status) {
        String reason = REASONS.get(status);
        if (reason == null) {
            return "Error" + status;
        }
        StringBuilder type = new StringBuilder();
        for (String word : reason.split("[^A-Za-z]+")) {
            if (!word.isEmpty()) {
                type.append(word.substring(0, 1).toUpperCase(Locale.ROOT)).append(word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return type.toString();
    }
}
