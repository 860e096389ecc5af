package dev.callbench.softphone.internal.engine;

import java.time.Duration;

/**
 * How long the supervisor waits before starting a failed engine again: {@code first}, doubling up to {@code longest},
 * and back to {@code first} once an engine has stayed up for {@code forgiveAfter}.
 */
public record Backoff(Duration first, Duration longest, Duration forgiveAfter) {

    public static Backoff standard() {
        return new Backoff(Duration.ofMillis(500), Duration.ofSeconds(30), Duration.ofMinutes(1));
    }

    Duration after(Duration previous) {
        Duration doubled = previous.multipliedBy(2);
        return doubled.compareTo(longest) > 0 ? longest : doubled;
    }
}
