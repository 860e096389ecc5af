package dev.callbench.cti.internal.sync;

/**
 * One event derived from two consecutive snapshots. A contact change names its contact; {@code fromPrevious}
 * says the contact is only in the previous snapshot (it was removed), so its data comes from there.
 */
public sealed interface Change {

    /** An agent event. */
    record OfAgent(AgentChange kind) implements Change {
    }

    /** A contact event. */
    record OfContact(ContactChange kind, String contactId, boolean fromPrevious) implements Change {
    }
}
