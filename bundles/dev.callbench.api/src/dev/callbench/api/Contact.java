package dev.callbench.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A contact the agent has: a call, a queued callback, a chat or a task.
 *
 * @param id the contact's identifier
 * @param initialContactId the identifier of the contact this one continues (after a transfer); its own id otherwise
 * @param type the channel
 * @param state where the contact is in its life
 * @param stateSince when it entered its state
 * @param queue the queue it came through; {@code null} for outbound calls and monitoring
 * @param queuedSince when it entered the queue; {@code null} if it never waited in one
 * @param attributes the contact attributes (names to values), as set by the contact flow or by extensions
 * @param connections its legs
 */
public record Contact(String id, String initialContactId, ContactType type, ContactState state, Instant stateSince,
        Queue queue, Instant queuedSince, Map<String, String> attributes, List<Connection> connections) {

    public Contact {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(initialContactId, "initialContactId");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
        attributes = Map.copyOf(attributes);
        connections = List.copyOf(connections);
    }

    /** The queue, for contacts that came through one. */
    public Optional<Queue> queueIfAny() {
        return Optional.ofNullable(queue);
    }

    /** The agent's own leg. */
    public Optional<Connection> agentConnection() {
        return connections.stream().filter(Connection::isAgentConnection).findFirst();
    }

    /** The customer's first leg. */
    public Optional<Connection> initialConnection() {
        return connections.stream().filter(Connection::initial).findFirst();
    }

    /** Whether the built-in softphone carries this contact's audio. */
    public boolean isSoftphoneCall() {
        return connections.stream().anyMatch(c -> c.softphoneMediaInfo() != null);
    }

    /** Whether the customer called in (rather than the agent calling out). */
    public boolean isInbound() {
        return initialConnection().map(c -> c.type() == ConnectionType.INBOUND).orElse(false);
    }

    /** The value of a contact attribute. */
    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }

    /** This contact in another state, entered at the given moment. */
    public Contact withState(ContactState newState, Instant since) {
        return new Contact(id, initialContactId, type, newState, since, queue, queuedSince, attributes, connections);
    }
}
