package dev.authgate.snapstart;

/**
 * One thing the first request would otherwise do for the first time after a SnapStart restore: loading and
 * initialising classes, building caches, fetching keys. A primer runs before the checkpoint, below the Lambda
 * handler, and leaves nothing open behind it (no socket, no thread), because a snapshot must not hold either.
 */
interface Primer {

    /** What it primes, for the log. */
    String name();

    void prime();
}
