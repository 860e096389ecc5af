package dev.callbench.server.internal.center;

import java.util.concurrent.atomic.AtomicBoolean;

/** Makes sure a long poll is answered once, whether by a change or by its timeout. */
final class OnceWaiter implements SnapshotWaiter {

    private final SnapshotWaiter target;
    private final AtomicBoolean done = new AtomicBoolean();

    OnceWaiter(SnapshotWaiter target) {
        this.target = target;
    }

    @Override
    public void deliver(AgentSnapshot snapshot) {
        if (done.compareAndSet(false, true)) {
            target.deliver(snapshot);
        }
    }
}
