package dev.authgate.http;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

import dev.authgate.settings.HttpSettings;

/** Cross-origin requests as {@code authgate.http.cors} allows them: the headers of answers and of preflights. */
final class CorsPolicy {

    private final HttpSettings.Cors cors;
    private final String allowedMethods;

    /** @param routeMethods the methods of the contract's routes, which browsers may call unless the settings say */
    CorsPolicy(HttpSettings.Cors cors, Collection<String> routeMethods) {
        this.cors = Objects.requireNonNull(cors, "cors");
        this.allowedMethods = String.join(", ", cors.allowedMethods(routeMethods));
    }

    /** The CORS headers for an answer to this request: none unless its origin is allowed. */
    Map<String, String> headers(HttpRequest request) {
        Map<String, String> headers = new LinkedHashMap<>();
        allowedOrigin(request).ifPresent(origin -> {
            headers.put("Access-Control-Allow-Origin", origin);
            if (!origin.equals("*")) {
                headers.put("Vary", "Origin");
            }
            if (cors.allowCredentials()) {
                headers.put("Access-Control-Allow-Credentials", "true");
            }
        });
        return headers;
    }

    /** The answer to an {@code OPTIONS} request on a path that serves these methods. */
    HttpResponse preflight(HttpRequest request, Set<String> pathMethods) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Allow", String.join(", ", withOptions(pathMethods)));
        if (allowedOrigin(request).isPresent()) {
            headers.putAll(headers(request));
            headers.put("Access-Control-Allow-Methods", allowedMethods);
            headers.put("Access-Control-Allow-Headers", String.join(", ", cors.allowedHeaders()));
            headers.put("Access-Control-Max-Age", Integer.toString(cors.maxAgeSeconds()));
        }
        return new HttpResponse(204, headers, new byte[0]);
    }

    private Optional<String> allowedOrigin(HttpRequest request) {
        Optional<String> origin = request.header("Origin");
        if (!cors.enabled() || origin.isEmpty()) {
            return Optional.empty();
        }
        if (cors.allowedOrigins().contains("*")) {
            return Optional.of("*");
        }
        return origin.filter(cors.allowedOrigins()::contains);
    }

    private static Set<String> withOptions(Set<String> methods) {
        TreeSet<String> all = new TreeSet<>(methods);
        all.add("OPTIONS");
        return all;
    }
}
