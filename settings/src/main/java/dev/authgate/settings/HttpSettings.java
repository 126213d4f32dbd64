package dev.authgate.settings;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * {@code authgate.http}: what the HTTP edges add to and accept from every request.
 * Each {@code with...} method gives a copy with one value changed.
 *
 * @param maxBodyBytes the largest request body accepted; larger ones answer 413 (default 65536)
 * @param headers headers added to every response, errors included
 * @param cors cross-origin requests; off while no origin is allowed
 * @param docs whether the API serves its documentation page at /docs and its contract at /openapi.json
 *     (default false; scripts/run-local.sh turns it on, and on AWS the stack then routes both)
 */
public record HttpSettings(Integer maxBodyBytes, Map<String, String> headers, Cors cors, Boolean docs) {

    public HttpSettings {
        maxBodyBytes = Objects.requireNonNullElse(maxBodyBytes, 65_536);
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("authgate.http.max-body-bytes must be at least 1024, not " + maxBodyBytes);
        }
        headers = headers == null ? Map.of() : Map.copyOf(headers);
        cors = Objects.requireNonNullElseGet(cors, Cors::defaults);
        docs = Objects.requireNonNullElse(docs, false);
    }

    /** Every default. */
    public static HttpSettings defaults() {
        return new HttpSettings(null, null, null, null);
    }

    public HttpSettings withMaxBodyBytes(int newMaxBodyBytes) {
        return new HttpSettings(newMaxBodyBytes, headers, cors, docs);
    }

    public HttpSettings withHeaders(Map<String, String> newHeaders) {
        return new HttpSettings(maxBodyBytes, newHeaders, cors, docs);
    }

    public HttpSettings withCors(Cors newCors) {
        return new HttpSettings(maxBodyBytes, headers, newCors, docs);
    }

    public HttpSettings withDocs(boolean newDocs) {
        return new HttpSettings(maxBodyBytes, headers, cors, newDocs);
    }

    /**
     * {@code authgate.http.cors}. Each {@code with...} method gives a copy with one value changed.
     *
     * @param allowedOrigins origins allowed to call the API, or {@code *}; empty turns CORS off
     * @param allowedMethods default (empty): the methods of the contract's routes, and {@code OPTIONS}
     * @param allowedHeaders default: {@code Authorization}, {@code Content-Type}
     * @param maxAgeSeconds how long a browser may cache a preflight answer (default 600)
     * @param allowCredentials whether browsers may send credentials (default false)
     */
    public record Cors(List<String> allowedOrigins, List<String> allowedMethods, List<String> allowedHeaders,
            Integer maxAgeSeconds, Boolean allowCredentials) {

        public Cors {
            allowedOrigins = allowedOrigins == null ? List.of() : List.copyOf(allowedOrigins);
            allowedMethods = allowedMethods == null ? List.of() : List.copyOf(allowedMethods);
            allowedHeaders = allowedHeaders == null ? List.of("Authorization", "Content-Type") : List.copyOf(allowedHeaders);
            maxAgeSeconds = Objects.requireNonNullElse(maxAgeSeconds, 600);
            allowCredentials = Objects.requireNonNullElse(allowCredentials, false);
            if (allowCredentials && allowedOrigins.contains("*")) {
                throw new IllegalArgumentException("authgate.http.cors: allow-credentials cannot go with the origin '*'");
            }
        }

        /**
         * The methods browsers may call: those set, or else the methods of the routes given (the contract's) and
         * {@code OPTIONS}, so that a new route's method needs no setting.
         */
        public List<String> allowedMethods(Collection<String> routeMethods) {
            if (!allowedMethods.isEmpty()) {
                return allowedMethods;
            }
            TreeSet<String> methods = new TreeSet<>(routeMethods);
            methods.add("OPTIONS");
            return List.copyOf(methods);
        }

        /** Every default. */
        public static Cors defaults() {
            return new Cors(null, null, null, null, null);
        }

        public Cors withAllowedOrigins(List<String> newAllowedOrigins) {
            return new Cors(newAllowedOrigins, allowedMethods, allowedHeaders, maxAgeSeconds, allowCredentials);
        }

        public Cors withAllowedMethods(List<String> newAllowedMethods) {
            return new Cors(allowedOrigins, newAllowedMethods, allowedHeaders, maxAgeSeconds, allowCredentials);
        }

        public Cors withAllowedHeaders(List<String> newAllowedHeaders) {
            return new Cors(allowedOrigins, allowedMethods, newAllowedHeaders, maxAgeSeconds, allowCredentials);
        }

        public Cors withMaxAgeSeconds(int newMaxAgeSeconds) {
            return new Cors(allowedOrigins, allowedMethods, allowedHeaders, newMaxAgeSeconds, allowCredentials);
        }

        public Cors withAllowCredentials(boolean newAllowCredentials) {
            return new Cors(allowedOrigins, allowedMethods, allowedHeaders, maxAgeSeconds, newAllowCredentials);
        }

        public boolean enabled() {
            return !allowedOrigins.isEmpty();
        }
    }
}
