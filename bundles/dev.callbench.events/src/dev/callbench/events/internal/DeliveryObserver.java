package dev.callbench.events.internal;

import java.time.Duration;

import dev.callbench.api.event.CallbenchEvent;

/** Hears what goes wrong while a subscriber delivers events. */
interface DeliveryObserver {

    void listenerFailed(Subscriber subscriber, CallbenchEvent event, Throwable failure);

    void overrun(Subscriber subscriber, CallbenchEvent event, Duration elapsed);
}
