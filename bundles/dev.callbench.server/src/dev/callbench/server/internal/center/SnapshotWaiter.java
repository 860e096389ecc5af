package dev.callbench.server.internal.center;

/**
 * Takes agent snapshots outside the contact center's lock: a long poll waiting for its agent's snapshot to change
 * (called once), or a watcher of every agent (called on every change).
 */
@FunctionalInterface
public interface SnapshotWaiter {

    void deliver(AgentSnapshot snapshot);
}
