package dev.authgate.http;

import java.util.Collection;
import java.util.Map;

import dev.authgate.settings.HttpSettings;

/**
 * What every response gets, errors and preflights included: the headers from {@code authgate.http.headers},
 * the CORS headers for an allowed origin, and {@code Cache-Control: no-store}, since the API's answers carry
 * tokens and account data that no cache should keep.
 */
final class ResponseHeaders {

    private final Map<String, String> configured;
    private final CorsPolicy cors;

    ResponseHeaders(HttpSettings settings, Collection<String> routeMethods) {
        this.configured = Map.copyOf(settings.headers());
        this.cors = new CorsPolicy(settings.cors(), routeMethods);
    }

    CorsPolicy cors() {
        return cors;
    }

    HttpResponse apply(HttpRequest request, HttpResponse response) {
        HttpResponse decorated = response.withHeader("Cache-Control", "no-store");
        for (Map.Entry<String, String> header : configured.entrySet()) {
            decorated = decorated.withHeader(header.getKey(), header.getValue());
        }
        if (request != null) {
            for (Map.Entry<String, String> header : cors.headers(request).entrySet()) {
                decorated = decorated.withHeader(header.getKey(), header.getValue());
            }
        }
        return decorated;
    }
}
