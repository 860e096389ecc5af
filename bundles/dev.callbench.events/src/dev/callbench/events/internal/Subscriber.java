package dev.callbench.events.internal;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;

import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.CallbenchEvent;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.api.service.EventBusMetrics.ListenerMetrics;

/**
 * One listener as the bus sees it: its place in the {@link EventLog} (it receives what was published after it
 * joined), what it selects, and the figures of its calls. A delivery thread {@link #tryOwn() owns} it while it serves
 * it, so the listener gets its events one at a time and in order; a listener stuck in a call keeps its thread, and
 * the {@link DeliveryPool} gives the others a new one.
 */
final class Subscriber {

    /** How the listener takes one kind of event: which it selects, and the call that hands one over. */
    record Route(Predicate<CallbenchEvent> selection, Consumer<CallbenchEvent> target) {
    }

    private final ListenerIdentity identity;
    private final long budgetNanos;
    private final DeliveryObserver observer;
    private final CallClock clock = new CallClock();
    private final AtomicBoolean owned = new AtomicBoolean();

    // a service may be both an agent and a contact listener: one walk of the log keeps all its events in order
    private volatile Route agentRoute;
    private volatile Route contactRoute;
    /** The last event this listener has been offered; null once it stopped, so the log behind it can go. */
    private volatile EventLog.Node cursor;
    private volatile boolean started;
    private volatile boolean quarantined;

    // written by the delivery thread that owns the subscriber
    private volatile long delivered;
    private volatile long failures;
    private volatile long totalNanos;
    private volatile long maxNanos;

    Subscriber(ListenerIdentity identity, Duration budget, DeliveryObserver observer, EventLog.Node start) {
        this.identity = identity;
        this.budgetNanos = budget.toNanos();
        this.observer = observer;
        this.cursor = start;
    }

    /** Lets the delivery threads serve it, once its routes are set. */
    void start() {
        started = true;
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

    /** Never serves the listener again, and lets go of what was waiting for it. */
    void stop() {
        cursor = null;
    }

    /** Never calls the listener again, and lets go of what was waiting for it. */
    void quarantine() {
        quarantined = true;
        stop();
    }

    boolean quarantined() {
        return quarantined;
    }

    /** Whether an event waits for this listener. */
    boolean hasPending() {
        EventLog.Node current = cursor;
        return started && current != null && current.next != null;
    }

    /** Claims the listener for the calling delivery thread; false if another thread serves it. */
    boolean tryOwn() {
        return owned.compareAndSet(false, true);
    }

    void release() {
        owned.set(false);
    }

    boolean owned() {
        return owned.get();
    }

    /** Offers the listener up to {@code max} waiting events; the caller owns it. Returns how many it went through. */
    int serve(int max, DeliveryPool.Worker worker) {
        int served = 0;
        while (served < max && !worker.retired()) {
            CallbenchEvent event = advance();
            if (event == null) {
                break;
            }
            served++;
            offer(event);
        }
        return served;
    }

    /** The next event of the log, or null if there is none. Holds no node once it returns. */
    private CallbenchEvent advance() {
        EventLog.Node current = cursor;
        EventLog.Node next = current == null ? null : current.next;
        if (next == null) {
            return null;
        }
        cursor = next;
        return next.event;
    }

    private Route routeOf(CallbenchEvent event) {
        return switch (event) {
            case AgentEvent agentEvent -> agentRoute;
            case ContactEvent contactEvent -> contactRoute;
        };
    }

    private void offer(CallbenchEvent event) {
        Route route = routeOf(event);
        if (route != null && route.selection().test(event) && !quarantined) {
            deliver(route.target(), event);
        }
    }

    /** When the running call started ({@code System.nanoTime()}), or 0 between calls. */
    long callStartedNanos() {
        return clock.startedNanos();
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
