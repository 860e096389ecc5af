package dev.callbench.events.internal;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

/**
 * Runs the watchdog's rounds every period while events are being delivered, and not at all once the bus has been
 * idle for a while, so that a workbench waiting for calls costs no wake-ups. A delivery thread {@link #wakeUp()
 * wakes} it as it starts serving; the first round then comes at once, so a call is first seen as it starts. It rests
 * only after many quiet rounds, so that a steady flow of events does not wake it for every event.
 */
final class Watchdog {

    private static final int QUIET_ROUNDS_BEFORE_REST = 50;

    private final ScheduledExecutorService timer;
    private final long periodNanos;
    private final Runnable round;
    private final BooleanSupplier deliveredSinceLastRound;
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private int quietRounds; // the timer thread's own

    /** {@code deliveredSinceLastRound}: whether a call ran or runs since the last time it was asked. */
    Watchdog(ThreadFactory thread, Duration period, Runnable round, BooleanSupplier deliveredSinceLastRound) {
        this.timer = Executors.newSingleThreadScheduledExecutor(thread);
        this.periodNanos = period.toNanos();
        this.round = round;
        this.deliveredSinceLastRound = deliveredSinceLastRound;
    }

    /** Makes sure a round comes; called by a delivery thread as it starts serving. */
    void wakeUp() {
        if (!scheduled.get() && scheduled.compareAndSet(false, true)) {
            run(() -> timer.execute(this::runRound));
        }
    }

    void close() {
        timer.shutdownNow();
    }

    private void runRound() {
        round.run();
        quietRounds = deliveredSinceLastRound.getAsBoolean() ? 0 : quietRounds + 1;
        if (quietRounds >= QUIET_ROUNDS_BEFORE_REST) {
            scheduled.set(false);
            // a delivery thread that started serving just now may have seen the flag still set
            if (!deliveredSinceLastRound.getAsBoolean() || !scheduled.compareAndSet(false, true)) {
                return;
            }
            quietRounds = 0;
        }
        run(() -> timer.schedule(this::runRound, periodNanos, TimeUnit.NANOSECONDS));
    }

    private static void run(Runnable scheduling) {
        try {
            scheduling.run();
        } catch (RejectedExecutionException closing) {
            // the bus is closing: there is nothing left to watch
        }
    }
}
