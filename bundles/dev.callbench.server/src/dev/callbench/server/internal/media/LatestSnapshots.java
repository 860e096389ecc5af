package dev.callbench.server.internal.media;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import dev.callbench.server.internal.center.AgentSnapshot;

/**
 * The newest snapshot of each agent: the contact center delivers those of two operations in either order, so an
 * older one arriving late is dropped. Not thread-safe: its owner holds one lock around it and what it decides.
 */
final class LatestSnapshots {

    private final Map<String, AgentSnapshot> latest = new HashMap<>();

    /** Keeps {@code snapshot} when it is newer than the one kept for its agent; says whether it was. */
    boolean offer(AgentSnapshot snapshot) {
        AgentSnapshot kept = latest.get(snapshot.login());
        if (kept != null && kept.version() >= snapshot.version()) {
            return false;
        }
        latest.put(snapshot.login(), snapshot);
        return true;
    }

    Optional<AgentSnapshot> of(String login) {
        return Optional.ofNullable(latest.get(login));
    }
}
