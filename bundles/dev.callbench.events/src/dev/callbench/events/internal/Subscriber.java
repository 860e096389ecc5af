package dev.callbench.events.internal;

import java.time.Duration;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;
import java.util.function.Predicate;

import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.CallbenchEvent;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.api.service.EventBusMetrics.ListenerMetrics;

/**
 * One listener as the bus sees it: a thread of its own that walks the {@link EventLog} from where the listener
 * joined, hands it the events it selected one at a time and in order, and keeps the figures of its calls. A slow or
 * hanging listener only holds up its own thread.
 */
final class Subscriber {

    /** How the listener takes one kind of event: which it selects, and the call that hands one over. */
    record Route(Predicate<CallbenchEvent> selection, Consumer<CallbenchEvent> target) {
    }

    private static final int SPIN_ROUNDS = 4;

    private final ListenerIdentity identity;
    private final long budgetNanos;
    private final DeliveryObserver observer;
    private final CallClock clock = new CallClock();
    private final Thread thread;
    private final AtomicBoolean started = new AtomicBoolean();

    // a service may be both an agent and a contact listener: one walk of the log keeps all its events in order
    private volatile Route agentRoute;
    private volatile Route contactRoute;
    /** The last event this listener has been offered; null once it stopped, so the log behind it can go. */
    private volatile EventLog.Node cursor;
    private volatile boolean parked;
    private volatile boolean stopped;
    private volatile boolean quarantined;

    // written by the listener's thread only
    private volatile long delivered;
    private volatile long failures;
    private volatile long totalNanos;
    private volatile long maxNanos;

    Subscriber(ListenerIdentity identity, Duration budget, DeliveryObserver observer, EventLog.Node start,
            ThreadFactory threads) {
        this.identity = identity;
        this.budgetNanos = budget.toNanos();
        this.observer = observer;
        this.cursor = start;
        this.thread = threads.newThread(this::run);
    }

    /** Starts the walk, once its routes are set; a subscriber born quarantined never starts. */
    void start() {
        if (started.compareAndSet(false, true) && !quarantined) {
            thread.start();
        }
    }

    ListenerIdentity identity() {
        return identity;
    }

    Duration budget() {
        return Duration.ofNanos(budgetNanos);
    }

    void routeAgentEvents(Route route) {
        agentRoute = route;
    }

    void routeContactEvents(Route route) {
        contactRoute = route;
    }

    boolean hasRoutes() {
        return agentRoute != null || contactRoute != null;
    }

    /** Called after each publication: wakes the thread if it waits for events. */
    void wake() {
        if (parked) {
            LockSupport.unpark(thread);
        }
    }

    /** Ends the walk: the thread finishes its current call, if any, and ends. */
    void stop() {
        stopped = true;
        cursor = null;
        LockSupport.unpark(thread);
    }

    /** Never calls the listener again, and lets go of what was waiting for it. */
    void quarantine() {
        quarantined = true;
        stop();
    }

    boolean quarantined() {
        return quarantined;
    }

    private void run() {
        while (!stopped) {
            CallbenchEvent event = advance();
            if (event != null) {
                offer(event);
            }
        }
    }

    /** The next event of the log, or null after waiting for one. Holds no node once it returns. */
    private CallbenchEvent advance() {
        EventLog.Node current = cursor;
        if (current == null) {
            return null;
        }
        EventLog.Node next = current.next;
        if (next == null) {
            awaitNext(current);
            return null;
        }
        cursor = next;
        return next.event;
    }

    /**
     * Waits for the next event: briefly without sleeping, since events come in bursts (a snapshot gives several)
     * and waking a parked thread costs the publisher a system call per listener; then parked until woken.
     */
    private void awaitNext(EventLog.Node current) {
        for (int round = 0; round < SPIN_ROUNDS; round++) {
            if (current.next != null || stopped) {
                return;
            }
            Thread.yield();
        }
        parked = true;
        if (current.next == null && !stopped) {
            LockSupport.park(this);
        }
        parked = false;
    }

    private Route routeOf(CallbenchEvent event) {
        return switch (event) {
            case AgentEvent agentEvent -> agentRoute;
            case ContactEvent contactEvent -> contactRoute;
        };
    }

    private void offer(CallbenchEvent event) {
        Route route = routeOf(event);
        if (route != null && route.selection().test(event)) {
            deliver(route.target(), event);
        }
    }

    private void deliver(Consumer<CallbenchEvent> target, CallbenchEvent event) {
        long started = clock.start(event);
        delivered++;
        try {
            target.accept(event);
        } catch (RuntimeException | LinkageError | AssertionError e) {
            failures++;
            observer.listenerFailed(this, event, e);
        } finally {
            long elapsed = System.nanoTime() - started;
            totalNanos += elapsed;
            if (elapsed > maxNanos) {
                maxNanos = elapsed;
            }
            if (clock.stop(started, elapsed > budgetNanos)) {
                observer.overrun(this, event, Duration.ofNanos(elapsed));
            }
        }
    }

    /** Called by the watchdog: reports a call that has been running past its budget. */
    void checkRunningCall(long nowNanos) {
        CallClock.Overrun overrun = clock.overrunAt(nowNanos, budgetNanos);
        if (overrun != null) {
            observer.overrun(this, overrun.event(), Duration.ofNanos(overrun.elapsedNanos()));
        }
    }

    long overruns() {
        return clock.overruns();
    }

    ListenerMetrics metrics() {
        return new ListenerMetrics(identity.name(), identity.bundleName(), delivered, failures, clock.overruns(),
                Duration.ofNanos(totalNanos), Duration.ofNanos(maxNanos), waiting(), quarantined);
    }

    private int waiting() {
        int count = 0;
        for (EventLog.Node node = cursor; node != null && node.next != null; node = node.next) {
            count++;
        }
        return count;
    }
}
