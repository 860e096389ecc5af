package dev.callbench.server.internal.center;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Set;

/** One operation under the lock: its time, and the agents whose snapshots it changed. */
final class Work {

    private final Instant now;
    private final Set<Agent> changed = new LinkedHashSet<>();

    Work(Instant now) {
        this.now = now;
    }

    Instant now() {
        return now;
    }

    void touched(Agent agent) {
        if (agent != null) {
            changed.add(agent);
        }
    }

    Set<Agent> changed() {
        return changed;
    }
}
