package dev.callbench.api.event;

import java.time.Instant;

import dev.callbench.api.AgentSnapshot;

/**
 * Something that happened to the agent or to one of their contacts. Every event carries the snapshot it was
 * computed from.
 */
public sealed interface CallbenchEvent permits AgentEvent, ContactEvent {

    /** The prefix of every EventAdmin topic of Callbench's events. */
    String TOPIC_PREFIX = "dev/callbench/";

    /** The snapshot this event was computed from. */
    AgentSnapshot snapshot();

    /** When the event happened. */
    Instant at();

    /** The event's type: an {@link AgentEvent.Type} or a {@link ContactEvent.Type}. */
    Enum<?> type();

    /** What the event is about: {@code agent} or {@code contact}. */
    String subject();

    /** The name of the event's type ({@code STATE_CHANGE}, {@code INCOMING} ...). */
    default String typeName() {
        return type().name();
    }

    /** The EventAdmin topic this event is posted on: {@code dev/callbench/agent/STATE_CHANGE} ... */
    default String topic() {
        return topic(subject(), type());
    }

    /** The EventAdmin topic of the events of a subject and type. */
    static String topic(String subject, Enum<?> type) {
        return TOPIC_PREFIX + subject + "/" + type.name();
    }

    /**
     * The events of one key are delivered in order to every listener: the agent's events share one key, and each
     * contact's events share another.
     */
    String orderingKey();
}
