package dev.callbench.api.event;

import java.time.Instant;
import java.util.Objects;

import dev.callbench.api.AgentSnapshot;
import dev.callbench.api.Contact;

/**
 * Something that happened to one contact.
 *
 * @param type what happened
 * @param contact the contact as it was in the snapshot; for {@link Type#DESTROYED}, as last seen
 * @param snapshot the snapshot the event was computed from
 * @param at when it happened
 */
public record ContactEvent(Type type, Contact contact, AgentSnapshot snapshot, Instant at) implements CallbenchEvent {

    /** The types of contact events, named after Amazon Connect's {@code contact::*} events. */
    public enum Type {
        /** The agent has a new contact ({@code contact::init}). */
        INIT,
        /** A snapshot arrived with this contact in it. */
        REFRESH,
        /** The contact is gone from the agent's snapshot. */
        DESTROYED,
        /** The contact is offered to the agent (queued callbacks). */
        INCOMING,
        /** The contact waits for the agent (a queued callback). */
        PENDING,
        /** The contact is being connected to the agent; a softphone call rings now. */
        CONNECTING,
        /** The agent and the customer are connected. */
        CONNECTED,
        /** The agent accepted the contact. */
        ACCEPTED,
        /** The agent did not take the contact in time, or rejected it. */
        MISSED,
        /** The contact ended and the agent is in after-call work for it. */
        ACW,
        /** The contact left an active state. */
        ENDED,
        /** The contact failed. */
        ERROR
    }

    public ContactEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(at, "at");
    }

    /** An event happening when the snapshot was taken. */
    public static ContactEvent of(Type type, Contact contact, AgentSnapshot snapshot) {
        return new ContactEvent(type, contact, snapshot, snapshot.takenAt());
    }

    /** The contact's identifier. */
    public String contactId() {
        return contact.id();
    }

    @Override
    public String subject() {
        return "contact";
    }

    /** The EventAdmin topic of contact events of this type: {@code dev/callbench/contact/INCOMING} ... */
    public static String topicOf(Type type) {
        return CallbenchEvent.topic("contact", type);
    }

    @Override
    public String orderingKey() {
        return "contact/" + contact.id();
    }
}
