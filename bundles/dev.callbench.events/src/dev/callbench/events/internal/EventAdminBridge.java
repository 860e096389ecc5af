package dev.callbench.events.internal;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.CallbenchEvent;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.api.event.EventProperties;
import dev.callbench.api.whiteboard.AgentListener;
import dev.callbench.api.whiteboard.ContactListener;

/**
 * Posts every Callbench event on its EventAdmin topic ({@code dev/callbench/contact/INCOMING} ...) for generic
 * consumers. The event itself also travels under e4's data key, so e4 parts receive it with {@code @UIEventTopic}.
 * The bridge is an ordinary whiteboard listener: the bus isolates it like any other. It watches which topics the
 * registered event handlers (e4's subscriptions among them) ask for, and posts only those events: building an
 * EventAdmin event nobody receives would cost more than the rest of a delivery.
 */
@Component(service = { AgentListener.class, ContactListener.class })
public class EventAdminBridge implements AgentListener, ContactListener {

    private final EventAdmin eventAdmin;
    private final Map<ServiceReference<?>, List<String>> handlerTopics = new HashMap<>(); // guarded by this
    private volatile TopicInterest interest = TopicInterest.NONE;

    @Activate
    public EventAdminBridge(@Reference(name = "eventAdmin") EventAdmin eventAdmin) {
        this.eventAdmin = eventAdmin;
    }

    // only the reference: the handler itself is EventAdmin's business
    @Reference(service = EventHandler.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC, target = "(" + EventConstants.EVENT_TOPIC + "=*)",
            updated = "updatedHandler")
    synchronized void addHandler(ServiceReference<EventHandler> handler) {
        handlerTopics.put(handler, List.copyOf(PropertyValues.strings(
                FrameworkUtil.asMap(handler.getProperties()), EventConstants.EVENT_TOPIC)));
        reviewInterest();
    }

    void updatedHandler(ServiceReference<EventHandler> handler) {
        addHandler(handler);
    }

    synchronized void removeHandler(ServiceReference<EventHandler> handler) {
        handlerTopics.remove(handler);
        reviewInterest();
    }

    private void reviewInterest() {
        interest = TopicInterest.of(handlerTopics.values().stream().flatMap(List::stream).toList());
    }

    @Override
    public void onAgentEvent(AgentEvent event) {
        if (interest.wants(event)) {
            eventAdmin.postEvent(new Event(event.topic(), properties(event)));
        }
    }

    @Override
    public void onContactEvent(ContactEvent event) {
        if (!interest.wants(event)) {
            return;
        }
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
