package dev.callbench.events.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A hook's overruns of its time budget, before an action or after it, and whether they have quarantined it: then it
 * is neither asked nor told again. As with the bus's listeners every overrun counts, not only those in a row, so a
 * hook that hangs now and then, or only after actions, cannot keep taking threads. The count and the quarantine go
 * with the hook's registration: registered again, it starts afresh.
 */
final class HookOverruns {

    private final long beforeQuarantine;
    private final AtomicLong overruns = new AtomicLong();
    private final AtomicBoolean quarantined = new AtomicBoolean();

    HookOverruns(long beforeQuarantine) {
        this.beforeQuarantine = beforeQuarantine;
    }

    /** Counts one overrun; true only for the one that quarantines the hook. */
    boolean count() {
        return overruns.incrementAndGet() >= beforeQuarantine && quarantined.compareAndSet(false, true);
    }

    boolean quarantined() {
        return quarantined.get();
    }
}
