package dev.callbench.events.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;

import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.CallbenchEvent;
import dev.callbench.api.internal.suite.EventBusMetrics.ListenerMetrics;

/**
 * One listener as the bus sees it: its place in the {@link EventLog} (it receives what was published after it
 * joined), what it selects, and the figures of its calls. A delivery thread {@link #tryOwn() owns} it while it serves
 * it, so the listener gets its events one at a time and in order; a listener stuck in a call keeps its thread, and
 * the {@link DeliveryPool} gives the others a new one.
 * <p>
 * The delivery thread times a whole run of calls, not each call (reading the clock would cost more than a fast
 * listener's call); a call that runs long, the watchdog sees through the thread's {@link CallWatch call mark}.
 */
final class Subscriber {

    /** How the listener takes one kind of event: which it selects, and the call that hands one over. */
    record Route(Predicate<CallbenchEvent> selection, Consumer<CallbenchEvent> target) {
    }

    private static final VarHandle CHUNK;
    private static final VarHandle DELIVERED;

    static {
        try {
            MethodHandles.Lookup lookup = MethodHandles.lookup();
            CHUNK = lookup.findVarHandle(Subscriber.class, "chunk", EventLog.Chunk.class);
            DELIVERED = lookup.findVarHandle(Subscriber.class, "delivered", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final ListenerIdentity identity;
    private final long budgetNanos;
    private final DeliveryObserver observer;
    private final AtomicBoolean owned = new AtomicBoolean();

    // a service may be both an agent and a contact listener: one walk of the log keeps all its events in order
    private volatile Route agentRoute;
    private volatile Route contactRoute;
    /** Where the listener is: the chunk it reads, null once it stopped so that the log behind it can go. */
    private volatile EventLog.Chunk chunk;
    /** The index in the chunk of the next event to offer it; written by the owner after a run of events. */
    private volatile int index;
    private volatile boolean started;
    private volatile boolean quarantined;

    // written by the delivery thread that owns the subscriber: delivered as each call starts, the rest after a run
    private volatile long delivered;
    private volatile long failures;
    private volatile long totalNanos;
    private volatile long longestRunNanos;
    // written by the watchdog thread
    private volatile long overruns;
    private volatile long longestSeenCallNanos;

    Subscriber(ListenerIdentity identity, Duration budget, DeliveryObserver observer, EventLog.Chunk start) {
        this.identity = identity;
        this.budgetNanos = budget.toNanos();
        this.observer = observer;
        this.chunk = start;
        this.index = start.published();
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
        chunk = null;
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
        EventLog.Chunk current = chunk;
        if (!started || current == null) {
            return false;
        }
        int at = index;
        return at < current.published() || (at == EventLog.CHUNK_SIZE && current.next() != null);
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
        EventLog.Chunk current = chunk;
        if (current == null) {
            return 0;
        }
        int at = index;
        int served = 0;
        int calls = 0;
        long began = System.nanoTime();
        Route agent = agentRoute; // a route that changes now takes effect with the next run
        Route contact = contactRoute;
        int readable = current.published(); // read again only when used up: the publisher writes it all the time
        while (served < max && !worker.retired() && chunk != null) { // stopped or quarantined: not one call more
            if (at == readable && (readable = current.published()) == at) {
                EventLog.Chunk next = current.next();
                if (at < EventLog.CHUNK_SIZE || next == null || !CHUNK.compareAndSet(this, current, next)) {
                    break;
                }
                current = next;
                at = 0;
                readable = next.published();
                continue;
            }
            CallbenchEvent event = current.event(at);
            served++;
            Route route = event instanceof AgentEvent ? agent : contact;
            if (route != null && route.selection().test(event)) {
                calls++;
                DELIVERED.setRelease(this, (long) DELIVERED.get(this) + 1);
                worker.calling(current, at);
                offer(route.target(), event);
                worker.returned();
            }
            at++;
        }
        index = at;
        if (calls > 0) {
            account(calls, System.nanoTime() - began);
        }
        return served;
    }

    private void offer(Consumer<CallbenchEvent> target, CallbenchEvent event) {
        try {
            target.accept(event);
        } catch (RuntimeException | LinkageError | AssertionError e) {
            failures++;
            observer.listenerFailed(this, event, e);
        }
    }

    // a run of one call is timed exactly; a longer run gives its mean, and the watchdog the calls that ran long
    private void account(int calls, long elapsed) {
        totalNanos += elapsed;
        long perCall = elapsed / calls;
        if (perCall > longestRunNanos) {
            longestRunNanos = perCall;
        }
    }

    /**
     * Called by the watchdog while a call of this listener has been running for some time: reports it each time it
     * runs past another whole budget.
     */
    void callRunning(CallbenchEvent event, long runningNanos, CallWatch watch) {
        if (runningNanos > longestSeenCallNanos) {
            longestSeenCallNanos = runningNanos;
        }
        long fresh = quarantined ? 0 : watch.newOverruns(budgetNanos);
        if (fresh > 0) {
            overruns += fresh;
            observer.overrun(this, event, Duration.ofNanos(runningNanos));
        }
    }

    long overruns() {
        return overruns;
    }

    ListenerMetrics metrics() {
        return new ListenerMetrics(identity.name(), identity.bundleName(), delivered, failures, overruns,
                Duration.ofNanos(totalNanos), Duration.ofNanos(Math.max(longestRunNanos, longestSeenCallNanos)),
                waiting(), quarantined);
    }

    private int waiting() {
        EventLog.Chunk current = chunk;
        if (current == null) {
            return 0;
        }
        long read = current.sequenceOf(index);
        EventLog.Chunk last = current;
        while (last.next() != null) {
            last = last.next();
        }
        return (int) (last.sequenceOf(last.published()) - read);
    }
}
