package dev.authgate.http;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * One JSON line per request on standard output, in the shape of Lambda's JSON log format and Powertools
 * ({@code timestamp}, {@code level}, {@code message}, {@code function_request_id} for Lambda's request id,
 * {@code correlation_id} for the {@code X-Request-Id} answered, which is API Gateway's request id on Lambda), with
 * the operation, surface, status, latency and error type. Lambda keeps lines that are JSON as they are and filters
 * them by their level. Never anything a client sent: no body, header, path or username.
 * The {@code dev.authgate.request} logger's level says which lines are written (INFO: all; ERROR: 5xx only).
 */
final class RequestLog {

    private static final Log log = LogFactory.getLog("dev.authgate.request");

    private final JsonCodec json;
    private final Clock clock;

    RequestLog(JsonCodec json, Clock clock) {
        this.json = json;
        this.clock = clock;
    }

    void write(RequestTrace trace, HttpResponse response) {
        boolean failed = response.status() >= 500;
        if (failed ? !log.isErrorEnabled() : !log.isInfoEnabled()) {
            return;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("timestamp", clock.instant().toString());
        line.put("level", failed ? "ERROR" : "INFO");
        line.put("message", trace.operation().orElse("request") + " answered " + response.status());
        trace.lambdaRequestId().ifPresent(id -> line.put("function_request_id", id));
        line.put("correlation_id", trace.requestId());
        trace.operation().ifPresent(operation -> line.put("operation", operation));
        trace.surface().ifPresent(surface -> line.put("surface", surface));
        line.put("status", response.status());
        line.put("latency_ms", trace.latencyMillis());
        trace.errorType().ifPresent(type -> line.put("error_type", type));
        System.out.println(new String(json.write(line), StandardCharsets.UTF_8));
    }
}
