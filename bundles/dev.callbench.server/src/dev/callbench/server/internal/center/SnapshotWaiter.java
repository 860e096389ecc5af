package dev.callbench.server.internal.center;

/** A long poll waiting for an agent's snapshot to change. Called once, outside the contact center's lock. */
@FunctionalInterface
public interface SnapshotWaiter {

    void deliver(AgentSnapshot snapshot);
}
