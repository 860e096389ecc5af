package dev.callbench.cti.internal.sync;

import java.time.Duration;

/**
 * How long a session waits: the long poll the server may hold, an action's answer, and the first and
 * longest pause between failed polls.
 */
public record SessionTimings(Duration longPoll, Duration actionTimeout, Duration firstRetry, Duration longestRetry) {

    /** Connect's own figures: a 30 s long poll; retries from a quarter second up to 5 s. */
    public static SessionTimings standard() {
        return new SessionTimings(Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofMillis(250),
                Duration.ofSeconds(5));
    }
}
