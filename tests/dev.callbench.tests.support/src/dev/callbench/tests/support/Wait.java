package dev.callbench.tests.support;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * Waits for a condition that no callback announces (a port that closes, a count that grows, a widget that changes),
 * looking again and again until a deadline, and fails saying what did not happen: it never returns quietly at its
 * deadline. Where something does announce itself (a listener, a latch, a future), wait for that instead.
 */
public final class Wait {

    private static final long FIRST_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(1);
    private static final long LONGEST_PAUSE_NANOS = TimeUnit.MILLISECONDS.toNanos(50);

    private Wait() {
    }

    /**
     * Returns once {@code condition} holds; fails after {@code limit} with "timed out after ... waiting until
     * {@code what}".
     */
    public static void until(String what, BooleanSupplier condition, Duration limit) {
        forValue(what, () -> condition.getAsBoolean() ? Optional.of(Boolean.TRUE) : Optional.empty(), limit);
    }

    /**
     * As {@link #until(String, BooleanSupplier, Duration)}, and the failure also tells what {@code lastSeen} gives
     * at the deadline (the labels a part shows, the last snapshot).
     */
    public static void until(String what, BooleanSupplier condition, Duration limit, Supplier<?> lastSeen) {
        try {
            until(what, condition, limit);
        } catch (AssertionError timedOut) {
            throw new AssertionError(timedOut.getMessage() + "; last seen: " + lastSeen.get(), timedOut);
        }
    }

    /** The first value {@code value} offers; fails after {@code limit} as {@link #until} does. */
    public static <T> T forValue(String what, Supplier<Optional<T>> value, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        long pause = FIRST_PAUSE_NANOS;
        for (Optional<T> found = value.get(); ; found = value.get()) {
            if (found.isPresent()) {
                return found.get();
            }
            if (System.nanoTime() - deadline > 0) {
                throw new AssertionError("timed out after " + limit + " waiting until " + what);
            }
            LockSupport.parkNanos(pause); // the pause between looks: nothing announces the condition
            pause = Math.min(pause * 2, LONGEST_PAUSE_NANOS);
        }
    }
}
