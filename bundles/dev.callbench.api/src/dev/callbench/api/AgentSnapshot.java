package dev.callbench.api;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything true about the agent at one moment: the agent and all their contacts. Every event carries the snapshot
 * it was computed from, so a listener never needs to ask again.
 *
 * @param agent the agent
 * @param contacts the agent's contacts, oldest first
 * @param takenAt the contact center's time of the snapshot
 */
public record AgentSnapshot(Agent agent, List<Contact> contacts, Instant takenAt) {

    public AgentSnapshot {
        Objects.requireNonNull(agent, "agent");
        Objects.requireNonNull(takenAt, "takenAt");
        contacts = List.copyOf(contacts);
    }

    /** The contact of this identifier, if the agent has it. */
    public Optional<Contact> contact(String contactId) {
        return contacts.stream().filter(c -> c.id().equals(contactId)).findFirst();
    }
}
