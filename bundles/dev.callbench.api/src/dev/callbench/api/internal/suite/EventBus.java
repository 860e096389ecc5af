package dev.callbench.api.internal.suite;

import org.osgi.annotation.versioning.ProviderType;

import dev.callbench.api.event.CallbenchEvent;

/**
 * Delivers events to every whiteboard listener, in order, isolated from each other. Registered as an OSGi service by
 * the event bus bundle; the CTI client publishes through it. Extensions do not publish: they listen.
 */
@ProviderType
public interface EventBus {

    /**
     * Hands an event to the bus and returns at once; listeners receive it on the bus's threads. Events published
     * one after the other reach every listener in that order.
     */
    void publish(CallbenchEvent event);

    /** What the bus has done so far, for a support person. */
    EventBusMetrics metrics();
}
