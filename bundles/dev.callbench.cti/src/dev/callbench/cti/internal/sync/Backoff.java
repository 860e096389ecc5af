package dev.callbench.cti.internal.sync;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Waits between failed attempts: doubling from {@code first} up to {@code longest}, each wait spread by
 * plus or minus a third so that many clients that lost the same server do not come back all at once.
 */
public final class Backoff {

    private final Duration first;
    private final Duration longest;
    private int failures;

    public Backoff(Duration first, Duration longest) {
        this.first = first;
        this.longest = longest;
    }

    /** The wait before the next attempt, one failure more than before. */
    public Duration next() {
        long base = Math.min(longest.toMillis(), first.toMillis() << Math.min(failures, 20));
        failures++;
        long spread = base / 3;
        long jitter = spread == 0 ? 0 : ThreadLocalRandom.current().nextLong(-spread, spread + 1);
        return Duration.ofMillis(Math.max(1, base + jitter));
    }

    public void reset() {
        failures = 0;
    }
}
