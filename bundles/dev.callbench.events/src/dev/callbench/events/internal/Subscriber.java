package dev.callbench.events.internal;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Consumer;
import java.util.function.Predicate;

import dev.callbench.api.event.CallbenchEvent;
import dev.callbench.api.service.EventBusMetrics.ListenerMetrics;

/**
 * One listener as the bus sees it: its own queue of events, drained by one task at a time so that it receives
 * them in order, and the figures of its calls. A slow listener only delays its own queue.
 */
final class Subscriber {

    private final ListenerIdentity identity;
    private final Predicate<CallbenchEvent> selection;
    private final Consumer<CallbenchEvent> target;
    private final long budgetNanos;
    private final DeliveryObserver observer;
    private final Executor executor;

    private final Queue<CallbenchEvent> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean draining = new AtomicBoolean();
    private final CallClock clock = new CallClock();
    private volatile boolean quarantined;

    private final LongAdder delivered = new LongAdder();
    private final LongAdder failures = new LongAdder();
    private final LongAdder totalNanos = new LongAdder();
    private final AtomicLong maxNanos = new AtomicLong();

    Subscriber(ListenerIdentity identity, Predicate<CallbenchEvent> selection, Consumer<CallbenchEvent> target,
            Duration budget, DeliveryObserver observer, Executor executor) {
        this.identity = identity;
        this.selection = selection;
        this.target = target;
        this.budgetNanos = budget.toNanos();
        this.observer = observer;
        this.executor = executor;
    }

    ListenerIdentity identity() {
        return identity;
    }

    Duration budget() {
        return Duration.ofNanos(budgetNanos);
    }

    boolean selects(CallbenchEvent event) {
        return !quarantined && selection.test(event);
    }

    /** Queues the event and makes sure a task drains the queue. */
    void offer(CallbenchEvent event) {
        queue.add(event);
        if (draining.compareAndSet(false, true)) {
            executor.execute(this::drain);
        }
    }

    private void drain() {
        do {
            CallbenchEvent event;
            while (!quarantined && (event = queue.poll()) != null) {
                deliver(event);
            }
            draining.set(false);
        } while (!queue.isEmpty() && !quarantined && draining.compareAndSet(false, true));
    }

    private void deliver(CallbenchEvent event) {
        long started = clock.start(event);
        try {
            target.accept(event);
        } catch (RuntimeException | LinkageError | AssertionError e) {
            failures.increment();
            observer.listenerFailed(this, event, e);
        } finally {
            long elapsed = System.nanoTime() - started;
            boolean unreported = clock.stop(elapsed > budgetNanos);
            delivered.increment();
            totalNanos.add(elapsed);
            maxNanos.accumulateAndGet(elapsed, Math::max);
            if (unreported) {
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

    /** Never calls the listener again, and forgets what was waiting for it. */
    void quarantine() {
        quarantined = true;
        queue.clear();
    }

    boolean quarantined() {
        return quarantined;
    }

    ListenerMetrics metrics() {
        return new ListenerMetrics(identity.name(), identity.bundleName(), delivered.sum(), failures.sum(),
                clock.overruns(), Duration.ofNanos(totalNanos.sum()), Duration.ofNanos(maxNanos.get()), queue.size(),
                quarantined);
    }
}
