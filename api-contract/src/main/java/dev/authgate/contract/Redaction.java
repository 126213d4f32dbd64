package dev.authgate.contract;

/** How secrets appear when a request or response is printed: never as themselves. */
final class Redaction {

    private Redaction() {
    }

    static String redact(String secret) {
        return secret == null ? "null" : "***";
    }
}
