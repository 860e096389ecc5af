package dev.callbench.events.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;

import org.eclipse.osgi.util.NLS;

import dev.callbench.api.event.CallbenchEvent;
import dev.callbench.api.internal.suite.EventBusMetrics.ListenerMetrics;
import dev.callbench.api.internal.suite.EventBusMetrics;

/**
 * The heart of the bus, free of OSGi: appends each event to the log every subscriber walks, reports listeners that
 * throw or overrun, and quarantines those that overrun too often.
 */
final class Dispatcher implements DeliveryObserver {

    private final Watchdog watchdog;
    private final DeliveryPool pool;
    private final BusLog log;
    private final Quarantine quarantine;
    private final long overrunsBeforeQuarantine;
    /** Guards the log's tail and the counters: every listener sees the events in the one order of the log. */
    private final Lock publishLock = new ReentrantLock();
    private final EventLog eventLog = new EventLog();
    private final EventCounters counters = new EventCounters();
    private volatile Subscriber[] subscribers = new Subscriber[0];

    Dispatcher(BusSettings settings, BusLog log, Quarantine quarantine) {
        this.watchdog = new Watchdog(new BusThreads("callbench-event-watchdog-"), settings.watchdogPeriod(),
                this::checkRunningCalls, this::deliveredSinceLastLook);
        this.pool = new DeliveryPool(() -> subscribers, new BusThreads("callbench-event-"),
                settings.deliveryThreads(), settings.rescueAfter().toNanos(), watchdog::wakeUp);
        this.log = log;
        this.quarantine = quarantine;
        this.overrunsBeforeQuarantine = settings.overrunsBeforeQuarantine();
    }

    /**
     * A new subscriber, that will receive the events published from now on that its routes select, once it is
     * {@link Subscriber#start() started}.
     */
    Subscriber subscribe(ListenerIdentity identity, Duration budget) {
        Subscriber subscriber;
        publishLock.lock();
        try {
            subscriber = new Subscriber(identity, budget, this, eventLog.tail());
            Subscriber[] grown = Arrays.copyOf(subscribers, subscribers.length + 1);
            grown[grown.length - 1] = subscriber;
            subscribers = grown;
        } finally {
            publishLock.unlock();
        }
        if (quarantine.holds(identity.quarantineKey())) {
            subscriber.quarantine();
        }
        return subscriber;
    }

    void unsubscribe(Subscriber subscriber) {
        subscriber.stop();
        publishLock.lock();
        try {
            subscribers = Arrays.stream(subscribers).filter(s -> s != subscriber).toArray(Subscriber[]::new);
        } finally {
            publishLock.unlock();
        }
    }

    void publish(CallbenchEvent event) {
        publishLock.lock();
        try {
            counters.count(event);
            eventLog.append(event);
        } finally {
            publishLock.unlock();
        }
        pool.wake();
    }

    /** Stops the delivery threads and the watchdog. */
    void close() {
        watchdog.close();
        pool.close();
    }

    /** The watchdog's round: reports every call running past its budget, replaces stuck delivery threads. */
    private void checkRunningCalls() {
        pool.watchCalls(System.nanoTime());
    }

    private boolean deliveredSinceLastLook() {
        return pool.deliveredSinceLastLook();
    }

    EventBusMetrics metrics() {
        List<ListenerMetrics> listeners = Arrays.stream(subscribers).map(Subscriber::metrics).toList();
        publishLock.lock();
        try {
            return new EventBusMetrics(counters.snapshot(), listeners);
        } finally {
            publishLock.unlock();
        }
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
