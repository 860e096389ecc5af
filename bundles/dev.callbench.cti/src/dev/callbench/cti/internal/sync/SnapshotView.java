package dev.callbench.cti.internal.sync;

import java.util.List;

/**
 * What the event rules look at in one agent snapshot: the agent's state name and type, the enqueued next
 * state, and each contact's state type, contacts in snapshot order.
 */
public record SnapshotView(String stateName, String stateType, String nextStateName, List<ContactView> contacts) {

    /** One contact as the event rules see it. */
    public record ContactView(String contactId, String stateType) {
    }

    public SnapshotView {
        contacts = List.copyOf(contacts);
    }
}
