package dev.callbench.cti.internal.wire;

import java.time.Instant;
import java.util.List;

import dev.callbench.api.AgentState;
import dev.callbench.api.Contact;
import dev.callbench.cti.internal.sync.SnapshotView;

/**
 * A {@code GetAgentSnapshot} answer that passed every check: the agent's state and enqueued next state, the
 * contacts in Streams' order (by state timestamp), the view the event rules use, and the token for the next
 * poll.
 */
public record ParsedSnapshot(AgentState state, AgentState nextState, List<Contact> contacts, SnapshotView view,
        Instant snapshotTimestamp, String nextToken) {

    public ParsedSnapshot {
        contacts = List.copyOf(contacts);
    }

    /** The contact with this id, or null. */
    public Contact contact(String contactId) {
        return contacts.stream().filter(contact -> contact.id().equals(contactId)).findFirst().orElse(null);
    }
}
