package dev.callbench.events.internal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Predicate;

import dev.callbench.api.Contact;
import dev.callbench.api.ContactType;
import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.CallbenchEvent;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.api.whiteboard.WhiteboardProperties;

/**
 * What a whiteboard service selects, read from its service properties. A property that is absent selects
 * everything; a value that names nothing is reported and ignored.
 */
final class Selection {

    /** The property and the value that named nothing. */
    record Unknown(String property, String value) {
    }

    private Selection() {
    }

    static Predicate<CallbenchEvent> agentEvents(Map<String, ?> properties, Consumer<Unknown> unknown) {
        Set<AgentEvent.Type> types = enums(AgentEvent.Type.class, properties, WhiteboardProperties.AGENT_EVENT_TYPES,
                unknown);
        return event -> event instanceof AgentEvent agentEvent && types.contains(agentEvent.type());
    }

    static Predicate<CallbenchEvent> contactEvents(Map<String, ?> properties, Consumer<Unknown> unknown) {
        Set<ContactEvent.Type> types = enums(ContactEvent.Type.class, properties,
                WhiteboardProperties.CONTACT_EVENT_TYPES, unknown);
        Predicate<Contact> contacts = contacts(properties, unknown);
        return event -> event instanceof ContactEvent contactEvent && types.contains(contactEvent.type())
                && contacts.test(contactEvent.contact());
    }

    /** The contacts selected by contact type and queue. */
    static Predicate<Contact> contacts(Map<String, ?> properties, Consumer<Unknown> unknown) {
        Set<ContactType> types = enums(ContactType.class, properties, WhiteboardProperties.CONTACT_TYPES, unknown);
        Set<String> queues = PropertyValues.strings(properties, WhiteboardProperties.QUEUES);
        return contact -> types.contains(contact.type()) && (queues.isEmpty() || inQueues(contact, queues));
    }

    private static boolean inQueues(Contact contact, Set<String> queues) {
        return contact.queue() != null
                && (queues.contains(contact.queue().name()) || queues.contains(contact.queue().arn()));
    }

    private static <E extends Enum<E>> Set<E> enums(Class<E> type, Map<String, ?> properties, String key,
            Consumer<Unknown> unknown) {
        Set<String> names = PropertyValues.strings(properties, key);
        if (names.isEmpty()) {
            return EnumSet.allOf(type);
        }
        EnumSet<E> selected = EnumSet.noneOf(type);
        for (String name : names) {
            try {
                selected.add(Enum.valueOf(type, name.trim()));
            } catch (IllegalArgumentException e) {
                unknown.accept(new Unknown(key, name));
            }
        }
        return selected;
    }
}
