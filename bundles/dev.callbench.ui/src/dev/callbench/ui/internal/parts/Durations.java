package dev.callbench.ui.internal.parts;

import java.time.Duration;
import java.time.Instant;

/** Elapsed times as the agent reads them on a clock: {@code 0:07}, {@code 12:30}, {@code 1:02:03}. */
final class Durations {

    private Durations() {
    }

    /** The time from {@code since} to {@code now}; never negative, whatever the two clocks say. */
    static String since(Instant since, Instant now) {
        return of(Duration.between(since, now));
    }

    /** A length of time; a negative one reads as none. */
    static String of(Duration length) {
        long seconds = Math.max(0, length.getSeconds());
        long hours = seconds / 3600;
        long minutes = seconds / 60 % 60;
        long secs = seconds % 60;
        return hours > 0 ? String.format("%d:%02d:%02d", hours, minutes, secs)
                : String.format("%d:%02d", minutes, secs);
    }
}
