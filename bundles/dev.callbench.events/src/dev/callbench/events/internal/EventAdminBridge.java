package dev.callbench.events.internal;

import java.util.HashMap;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.CallbenchEvent;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.api.event.EventProperties;
import dev.callbench.api.whiteboard.AgentListener;
import dev.callbench.api.whiteboard.ContactListener;

/**
 * Posts every Callbench event on its EventAdmin topic ({@code dev/callbench/contact/INCOMING} ...) for generic
 * consumers. The event itself also travels under e4's data key, so e4 parts receive it with {@code @UIEventTopic}.
 * The bridge is an ordinary whiteboard listener: the bus isolates it like any other.
 */
@Component(service = { AgentListener.class, ContactListener.class })
public class EventAdminBridge implements AgentListener, ContactListener {

    private final EventAdmin eventAdmin;

    @Activate
    public EventAdminBridge(@Reference(name = "eventAdmin") EventAdmin eventAdmin) {
        this.eventAdmin = eventAdmin;
    }

    @Override
    public void onAgentEvent(AgentEvent event) {
        eventAdmin.postEvent(new Event(event.topic(), properties(event)));
    }

    @Override
    public void onContactEvent(ContactEvent event) {
        Map<String, Object> properties = properties(event);
        properties.put(EventProperties.CONTACT_ID, event.contactId());
        properties.put(EventProperties.CONTACT_TYPE, event.contact().type().name());
        event.contact().queueIfAny().ifPresent(queue -> properties.put(EventProperties.QUEUE, queue.name()));
        eventAdmin.postEvent(new Event(event.topic(), properties));
    }

    private static Map<String, Object> properties(CallbenchEvent event) {
        Map<String, Object> properties = new HashMap<>();
        properties.put(EventProperties.EVENT, event);
        properties.put(EventProperties.E4_DATA, event);
        properties.put(EventProperties.TYPE, event.typeName());
        properties.put(EventProperties.AGENT_STATE, event.snapshot().agent().state().name());
        return properties;
    }
}
