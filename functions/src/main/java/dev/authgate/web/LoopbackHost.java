package dev.authgate.web;

import java.util.Locale;
import java.util.Set;

import dev.authgate.error.AuthException;
import dev.authgate.error.ErrorType;

/**
 * The local web app listens on loopback, but a web page can still reach it through DNS rebinding: a name of the page's
 * own that first resolves to the page's server and then to 127.0.0.1, which lets the page call the API as the
 * machine's user and read the answers. Such a request carries the page's name as its {@code Host}; only a loopback name is
 * accepted.
 */
public final class LoopbackHost {

    private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

    private LoopbackHost() {
    }

    /** Whether the {@code Host} header names this machine; a request without one (HTTP/1.0) comes from no web page. */
    public static boolean accepts(String host) {
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

    /** What the local app answers a request addressed to any other name. */
    static AuthException misdirected() {
        return new AuthException(ErrorType.MISDIRECTED_REQUEST, 421,
                "The local API answers only requests addressed to a loopback name: 127.0.0.1, localhost or [::1].");
    }
}
