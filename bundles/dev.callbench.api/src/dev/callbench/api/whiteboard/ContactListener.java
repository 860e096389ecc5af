package dev.callbench.api.whiteboard;

import org.osgi.annotation.versioning.ConsumerType;

import dev.callbench.api.event.ContactEvent;

/**
 * Receives contact events. Register an implementation as an OSGi service; the event bus picks it up, and drops it
 * when it goes away. Choose the events with {@link ContactEventTypes}, {@link ContactTypes} and {@link Queues} (all
 * of them otherwise).
 * <p>
 * The listener is called on the bus's threads, one event at a time; one contact's events always arrive in their
 * order. It should return quickly: a call longer than its {@link TimeBudget} is reported, and a listener that
 * overruns repeatedly is quarantined. An exception it throws is logged and harms no one else.
 */
@ConsumerType
@FunctionalInterface
public interface ContactListener {

    /** Called for each contact event the listener selected. */
    void onContactEvent(ContactEvent event);
}
