package dev.authgate.emulator.internal.http;

import java.util.Locale;
import java.util.Set;

/**
 * The emulator listens on loopback, but a web page can still reach it through DNS rebinding: a name of the page's
 * own that first resolves to the page's server and then to 127.0.0.1, which lets the page read the answers (the
 * outbox holds every code). Such a request carries the page's name as its {@code Host}; only a loopback name is
 * accepted.
 */
final class LoopbackHost {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

    private LoopbackHost() {
    }

    /** Whether the {@code Host} header names this machine; a request without one (HTTP/1.0) comes from no web page. */
    static boolean accepts(String host) {
        if (host == null) {
            return true;
        }
        String name = host.strip().toLowerCase(Locale.ROOT);
        int port = name.lastIndexOf(':');
        if (port > name.lastIndexOf(']')) {
            name = name.substring(0, port);
        }
        return LOOPBACK.contains(name);
    }
}
