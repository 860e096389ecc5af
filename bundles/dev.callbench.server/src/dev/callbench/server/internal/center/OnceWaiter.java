package dev.callbench.server.internal.center;

import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Makes sure a long poll is answered once, whether by a change or by its timeout; answered by a change, it cancels
 * its timeout so that thousands of waiting polls leave no dead timers behind.
 */
final class OnceWaiter implements SnapshotWaiter {

    private final SnapshotWaiter target;
    private final AtomicBoolean done = new AtomicBoolean();
    private volatile Future<?> timeout;

    OnceWaiter(SnapshotWaiter target) {
        this.target = target;
    }

    @Override
    public void deliver(AgentSnapshot snapshot) {
        if (done.compareAndSet(false, true)) {
            Future<?> pending = timeout;
            if (pending != null) {
                pending.cancel(false);
            }
            target.deliver(snapshot);
        }
    }

    void timeoutIs(Future<?> pending) {
        timeout = pending;
        if (done.get()) {
            pending.cancel(false);
        }
    }
}
