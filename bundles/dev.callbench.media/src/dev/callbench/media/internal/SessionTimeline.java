package dev.callbench.media.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * When each {@link Milestone} of a call was reached, the first time only. Durations come from the monotonic clock;
 * {@link #at} gives wall-clock instants for a report.
 */
public final class SessionTimeline {

    private final Instant startedAt = Instant.now();
    private final long startedNanos = System.nanoTime();
    private final Map<Milestone, Long> reached = new EnumMap<>(Milestone.class);

    /** Records {@code milestone} now, unless it was reached before. */
    public synchronized void mark(Milestone milestone) {
        reached.putIfAbsent(milestone, System.nanoTime());
    }

    /** When the peer was opened. */
    public Instant started() {
        return startedAt;
    }

    public synchronized Optional<Instant> at(Milestone milestone) {
        return Optional.ofNullable(reached.get(milestone)).map(n -> startedAt.plusNanos(n - startedNanos));
    }

    /** From one milestone to another, when both were reached. */
    public synchronized Optional<Duration> between(Milestone from, Milestone to) {
        Long start = reached.get(from);
        Long end = reached.get(to);
        return start == null || end == null ? Optional.empty() : Optional.of(Duration.ofNanos(end - start));
    }

    @Override
    public synchronized String toString() {
        StringBuilder text = new StringBuilder("ms since opened:");
        reached.forEach((m, n) -> text.append(' ').append(m).append('=')
                .append(String.format("%.1f", (n - startedNanos) / 1e6)));
        return text.toString();
    }
}
