package dev.callbench.server.internal.center;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Versions of the agents' snapshots and the long polls waiting on them. A poll that names the current version
 * waits; any other version is answered at once. No thread waits: a waiter is a callback, run when its agent's
 * snapshot changes or its poll times out. Every method runs under the contact center's lock.
 */
final class SnapshotBoard {

    private final List<SnapshotWaiter> watchers = new ArrayList<>();

    /** A snapshot to hand to a waiter once the lock is released. */
    record Delivery(SnapshotWaiter waiter, AgentSnapshot snapshot) {
        void run() {
            waiter.deliver(snapshot);
        }
    }

    /** The current snapshot, or null when the waiter was registered because nothing changed since knownVersion. */
    AgentSnapshot pollOrWait(Agent agent, Long knownVersion, SnapshotWaiter waiter, Instant now) {
        if (knownVersion == null || knownVersion != agent.version()) {
            return AgentSnapshot.of(agent, now);
        }
        agent.waiters().add(waiter);
        return null;
    }

    /** Removes the waiter; the current snapshot if it was still waiting, else null (it was answered already). */
    AgentSnapshot expire(Agent agent, SnapshotWaiter waiter, Instant now) {
        return agent.waiters().remove(waiter) ? AgentSnapshot.of(agent, now) : null;
    }

    /** A watcher is given every changed snapshot of every agent, for as long as the contact center runs. */
    void watch(SnapshotWaiter watcher) {
        watchers.add(watcher);
    }

    List<Delivery> publish(Collection<Agent> changed, Instant now) {
        List<Delivery> deliveries = new ArrayList<>();
        for (Agent agent : changed) {
            agent.bumpVersion();
            if (!agent.waiters().isEmpty() || !watchers.isEmpty()) {
                AgentSnapshot snapshot = AgentSnapshot.of(agent, now);
                agent.waiters().forEach(w -> deliveries.add(new Delivery(w, snapshot)));
                agent.waiters().clear();
                watchers.forEach(w -> deliveries.add(new Delivery(w, snapshot)));
            }
        }
        return deliveries;
    }
}
