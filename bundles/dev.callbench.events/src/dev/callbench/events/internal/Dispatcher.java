package dev.callbench.events.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.osgi.util.NLS;

import dev.callbench.api.event.CallbenchEvent;
import dev.callbench.api.service.EventBusMetrics;
import dev.callbench.api.service.EventBusMetrics.ListenerMetrics;

/**
 * The heart of the bus, free of OSGi: hands each event to the queue of every subscriber that selects it, reports
 * listeners that throw or overrun, and quarantines those that overrun too often.
 */
final class Dispatcher implements DeliveryObserver {

    private final Executor executor;
    private final BusLog log;
    private final Quarantine quarantine;
    private final long overrunsBeforeQuarantine;
    private final EventCounters counters = new EventCounters();

    /** Held while an event is handed out, so that every listener sees the events in the same order. */
    private final Lock publishLock = new ReentrantLock();
    private volatile Subscriber[] subscribers = new Subscriber[0];

    Dispatcher(Executor executor, BusLog log, Quarantine quarantine, long overrunsBeforeQuarantine) {
        this.executor = executor;
        this.log = log;
        this.quarantine = quarantine;
        this.overrunsBeforeQuarantine = overrunsBeforeQuarantine;
    }

    Subscriber subscribe(ListenerIdentity identity, Predicate<CallbenchEvent> selection,
            Consumer<CallbenchEvent> target, Duration budget) {
        Subscriber subscriber = new Subscriber(identity, selection, target, budget, this, executor);
        if (quarantine.holds(identity.quarantineKey())) {
            subscriber.quarantine();
        }
        synchronized (this) {
            Subscriber[] grown = Arrays.copyOf(subscribers, subscribers.length + 1);
            grown[grown.length - 1] = subscriber;
            subscribers = grown;
        }
        return subscriber;
    }

    synchronized void unsubscribe(Subscriber subscriber) {
        subscribers = Arrays.stream(subscribers).filter(s -> s != subscriber).toArray(Subscriber[]::new);
    }

    void publish(CallbenchEvent event) {
        counters.count(event);
        publishLock.lock();
        try {
            for (Subscriber subscriber : subscribers) {
                if (subscriber.selects(event)) {
                    subscriber.offer(event);
                }
            }
        } finally {
            publishLock.unlock();
        }
    }

    /** The watchdog's round: reports every call running past its budget. */
    void checkRunningCalls() {
        long now = System.nanoTime();
        for (Subscriber subscriber : subscribers) {
            if (!subscriber.quarantined()) {
                subscriber.checkRunningCall(now);
            }
        }
    }

    EventBusMetrics metrics() {
        List<ListenerMetrics> listeners = Arrays.stream(subscribers).map(Subscriber::metrics).toList();
        return new EventBusMetrics(counters.snapshot(), listeners);
    }

    @Override
    public void listenerFailed(Subscriber subscriber, CallbenchEvent event, Throwable failure) {
        ListenerIdentity who = subscriber.identity();
        log.error(NLS.bind(Messages.listenerFailed, new Object[] { who.name(), who.bundleName(), event.topic() }),
                failure);
    }

    @Override
    public void overrun(Subscriber subscriber, CallbenchEvent event, Duration elapsed) {
        ListenerIdentity who = subscriber.identity();
        log.warn(NLS.bind(Messages.listenerOverran, new Object[] { who.name(), who.bundleName(), event.topic(),
                elapsed.toMillis(), subscriber.budget().toMillis() }));
        if (subscriber.overruns() >= overrunsBeforeQuarantine && !subscriber.quarantined()) {
            quarantine(subscriber);
        }
    }

    private void quarantine(Subscriber subscriber) {
        ListenerIdentity who = subscriber.identity();
        subscriber.quarantine();
        quarantine.add(who.quarantineKey(), who.bundleId());
        log.error(NLS.bind(Messages.listenerQuarantined,
                new Object[] { who.name(), who.bundleName(), subscriber.overruns() }), null);
    }
}
