package dev.callbench.events.internal;

import dev.callbench.api.event.CallbenchEvent;

/**
 * Times the current call of one listener and counts its overruns: every whole budget a call runs past is one
 * overrun, whether the watchdog sees it while the call runs or the call itself notices when it returns. So a
 * listener that hangs piles up overruns as time passes, and one that is merely slow gets one per slow call.
 */
final class CallClock {

    record Overrun(CallbenchEvent event, long elapsedNanos) {
    }

    private long startedNanos;
    private CallbenchEvent event;
    private boolean running;
    private long budgetsCounted;
    private long overruns;

    synchronized long start(CallbenchEvent current) {
        startedNanos = System.nanoTime();
        event = current;
        running = true;
        budgetsCounted = 0;
        return startedNanos;
    }

    /** Ends the call; true if it overran and no overrun had been counted for it yet. */
    synchronized boolean stop(boolean overBudget) {
        running = false;
        event = null;
        if (overBudget && budgetsCounted == 0) {
            overruns++;
            return true;
        }
        return false;
    }

    /** The overrun to report now, if the running call has crossed another budget since the last look. */
    synchronized Overrun overrunAt(long nowNanos, long budgetNanos) {
        if (!running) {
            return null;
        }
        long elapsed = nowNanos - startedNanos;
        long budgetsPassed = elapsed / budgetNanos;
        if (budgetsPassed <= budgetsCounted) {
            return null;
        }
        overruns += budgetsPassed - budgetsCounted;
        budgetsCounted = budgetsPassed;
        return new Overrun(event, elapsed);
    }

    synchronized long overruns() {
        return overruns;
    }
}
