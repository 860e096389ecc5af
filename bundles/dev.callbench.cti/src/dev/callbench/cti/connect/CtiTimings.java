package dev.callbench.cti.connect;

import java.time.Duration;

/**
 * How long a session waits: the long poll the server may hold, an action's answer, and the first and
 * longest pause between failed polls.
 */
public record CtiTimings(Duration longPoll, Duration actionTimeout, Duration firstRetry, Duration longestRetry) {

    /** Connect's own figures: a 30 s long poll; retries from a quarter second up to 5 s. */
    public static CtiTimings standard() {
        return new CtiTimings(Duration.ofSeconds(30), Duration.ofSeconds(10), Duration.ofMillis(250),
                Duration.ofSeconds(5));
    }
}
