package dev.callbench.events.internal;

import dev.callbench.api.event.CallbenchEvent;

/**
 * Times the current call of one listener and counts its overruns: every whole budget a call runs past is one
 * overrun, whether the watchdog sees it while the call runs or the call itself notices when it returns. So a
 * listener that hangs piles up overruns as time passes, and one that is merely slow gets one per slow call.
 * Starting and ending a call within budget takes no lock: the listener's thread only writes two volatile fields.
 */
final class CallClock {

    record Overrun(CallbenchEvent event, long elapsedNanos) {
    }

    /** When the running call started; 0 between calls. Also names the call for the accounting below. */
    private volatile long startedNanos;
    private volatile CallbenchEvent event;

    private long countedCall; // guarded by this: the call budgetsCounted belongs to
    private long budgetsCounted; // guarded by this
    private long overruns; // guarded by this

    long start(CallbenchEvent current) {
        event = current;
        long now = System.nanoTime();
        startedNanos = now;
        return now;
    }

    /** Ends the call; true if it overran and no overrun had been counted for it yet. */
    boolean stop(long started, boolean overBudget) {
        startedNanos = 0;
        if (!overBudget) {
            return false;
        }
        synchronized (this) {
            if (countedCall == started && budgetsCounted > 0) {
                return false;
            }
            countedCall = started;
            budgetsCounted = 1;
            overruns++;
            return true;
        }
    }

    /** The overrun to report now, if the running call has crossed another budget since the last look. */
    Overrun overrunAt(long nowNanos, long budgetNanos) {
        long started = startedNanos;
        if (started == 0) {
            return null;
        }
        long elapsed = nowNanos - started;
        long budgetsPassed = elapsed / budgetNanos;
        if (budgetsPassed == 0) {
            return null;
        }
        synchronized (this) {
            if (countedCall != started) {
                countedCall = started;
                budgetsCounted = 0;
            }
            if (budgetsPassed <= budgetsCounted) {
                return null;
            }
            overruns += budgetsPassed - budgetsCounted;
            budgetsCounted = budgetsPassed;
            return new Overrun(event, elapsed);
        }
    }

    synchronized long overruns() {
        return overruns;
    }
}
