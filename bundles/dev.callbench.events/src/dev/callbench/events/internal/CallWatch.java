package dev.callbench.events.internal;

/**
 * The watchdog's view of the call one delivery thread is in, built from what it sees each round: the thread's call
 * mark is odd while it is in a call and changes with every call, so the same odd mark two rounds running is the same
 * call still running. Timing every call would cost more than a fast listener's call itself, so the delivery thread
 * only moves its mark and the watchdog does the timing: a call is seen to have run at most one watchdog period less
 * than it really ran. Only the watchdog thread uses it.
 */
final class CallWatch {

    private long seenMark;
    private long seenSinceNanos;
    private long running;
    private long budgetsCounted;

    /** Takes this round's look; returns how long the current call has been seen running, 0 if it is new or none. */
    long observe(long mark, long nowNanos) {
        if ((mark & 1) == 0) {
            running = 0;
        } else if (mark != seenMark) {
            seenMark = mark;
            seenSinceNanos = nowNanos;
            budgetsCounted = 0;
            running = 0;
        } else {
            running = nowNanos - seenSinceNanos;
        }
        return running;
    }

    /** How many more whole budgets the current call has run past since the last time this was asked. */
    long newOverruns(long budgetNanos) {
        long passed = running / budgetNanos;
        long fresh = Math.max(0, passed - budgetsCounted);
        budgetsCounted = Math.max(budgetsCounted, passed);
        return fresh;
    }
}
