package dev.authgate.benchmarks.warm;

/**
 * One way of serving sign-in and getUser in this process: an Authgate edge, or the bare SDK call it wraps.
 * Each call answers the HTTP status it got, or 200 for a successful SDK call; the caller checks it outside
 * the timed region.
 */
interface Edge {

    String name();

    int signIn(String username, String password);

    int getUser(String accessToken);
}
