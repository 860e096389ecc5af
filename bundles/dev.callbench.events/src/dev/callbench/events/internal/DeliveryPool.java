package dev.callbench.events.internal;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

import dev.callbench.api.event.CallbenchEvent;

/**
 * The threads that deliver events: a few of them, each serving every subscriber with waiting events in turn, up to
 * a batch at a time, so that one wake-up reaches many listeners. A thread stuck in a listener's call for longer
 * than the rescue time is retired and replaced at once, so the other listeners do not wait for it; the stuck thread
 * ends when the call returns.
 */
final class DeliveryPool {

    private static final int BATCH = 256;
    /** How long an idle thread keeps looking for events before it parks: events come in bursts, and waking is slow. */
    private static final long SPIN_NANOS = 50_000;
    private static final int LOOKS_PER_CLOCK_READ = 32;

    private final Supplier<Subscriber[]> subscribers;
    private final ThreadFactory threads;
    private final long rescueNanos;
    private final Runnable servingStarts;
    /** Every thread still alive, retired ones still in a call included. */
    private volatile Worker[] workers = new Worker[0];
    // the publisher reads this count, not the threads' own fields, which their calls keep writing
    private final AtomicInteger parkedWorkers = new AtomicInteger();
    private volatile boolean closed;

    /** {@code servingStarts} runs each time a thread starts serving a listener: it wakes the watchdog. */
    DeliveryPool(Supplier<Subscriber[]> subscribers, ThreadFactory threads, int size, long rescueNanos,
            Runnable servingStarts) {
        this.subscribers = subscribers;
        this.threads = threads;
        this.rescueNanos = rescueNanos;
        this.servingStarts = servingStarts;
        for (int i = 0; i < size; i++) {
            startWorker();
        }
    }

    private void startWorker() {
        Worker worker = new Worker();
        worker.thread = threads.newThread(worker);
        synchronized (this) {
            Worker[] grown = Arrays.copyOf(workers, workers.length + 1);
            grown[grown.length - 1] = worker;
            workers = grown;
        }
        worker.thread.start();
    }

    private synchronized void forget(Worker worker) {
        workers = Arrays.stream(workers).filter(w -> w != worker).toArray(Worker[]::new);
    }

    /** Called after each publication: wakes the threads that wait for events. */
    void wake() {
        if (parkedWorkers.get() == 0) {
            return;
        }
        for (Worker worker : workers) {
            if (worker.parked) {
                LockSupport.unpark(worker.thread);
            }
        }
    }

    /**
     * The watchdog's round: tells each listener whose call has been running for a while, and replaces every thread
     * stuck in one call for longer than the rescue time.
     */
    void watchCalls(long nowNanos) {
        for (Worker worker : workers) {
            long mark = worker.mark();
            Subscriber subscriber = worker.serving;
            CallbenchEvent event = worker.eventInCall();
            long running = worker.watch.observe(mark, nowNanos);
            if (running == 0 || subscriber == null || event == null || worker.mark() != mark) {
                continue; // no call, a new one, or it just ended
            }
            subscriber.callRunning(event, running, worker.watch);
            if (running > rescueNanos && !worker.retired) {
                worker.retired = true;
                startWorker();
            }
        }
    }

    /** Whether some thread is serving a listener now, or made a call since the last time this was asked. */
    boolean deliveredSinceLastLook() {
        boolean delivered = false;
        for (Worker worker : workers) {
            long mark = worker.mark();
            delivered |= worker.serving != null || mark != worker.lastLookedAtMark;
            worker.lastLookedAtMark = mark;
        }
        return delivered;
    }

    void close() {
        closed = true;
        for (Worker worker : workers) {
            worker.retired = true;
            LockSupport.unpark(worker.thread);
        }
    }

    private boolean anyUnservedPending() {
        for (Subscriber subscriber : subscribers.get()) {
            if (subscriber.hasPending() && !subscriber.owned()) {
                return true;
            }
        }
        return false;
    }

    /** One delivery thread. */
    final class Worker implements Runnable {

        private static final VarHandle MARK;

        static {
            try {
                MARK = MethodHandles.lookup().findVarHandle(Worker.class, "mark", long.class);
            } catch (ReflectiveOperationException e) {
                throw new ExceptionInInitializerError(e);
            }
        }

        private final CallWatch watch = new CallWatch();
        private long lastLookedAtMark; // the watchdog's
        private Thread thread;
        private volatile boolean retired;
        private volatile boolean parked;
        /** The subscriber this thread serves now. */
        private volatile Subscriber serving;
        // where the event of the running call is: plain fields, published to the watchdog by the mark's release
        private EventLog.Chunk callChunk;
        private int callIndex;
        /** Odd while the thread is in a listener's call; moves on with every call and return. */
        @SuppressWarnings("unused") // through MARK
        private volatile long mark;

        boolean retired() {
            return retired;
        }

        /** Marks the start of a call with the event at this place of the log: ordered stores, no fence. */
        void calling(EventLog.Chunk chunk, int index) {
            if (callChunk != chunk) {
                callChunk = chunk;
            }
            callIndex = index;
            MARK.setRelease(this, (long) MARK.get(this) + 1);
        }

        void returned() {
            MARK.setRelease(this, (long) MARK.get(this) + 1);
        }

        private long mark() {
            return (long) MARK.getAcquire(this);
        }

        private CallbenchEvent eventInCall() {
            EventLog.Chunk chunk = callChunk;
            return chunk == null ? null : chunk.event(callIndex);
        }

        @Override
        public void run() {
            try {
                while (!retired && !closed) {
                    if (!serveRound()) {
                        idle();
                    }
                }
            } finally {
                forget(this);
            }
            wake(); // what this thread leaves behind, another one takes
        }

        private boolean serveRound() {
            boolean served = false;
            for (Subscriber subscriber : subscribers.get()) {
                if (retired) {
                    break;
                }
                if (subscriber.hasPending() && subscriber.tryOwn()) {
                    serving = subscriber;
                    servingStarts.run();
                    try {
                        served |= subscriber.serve(BATCH, this) > 0;
                    } finally {
                        serving = null;
                        callChunk = null;
                        subscriber.release();
                    }
                }
            }
            return served;
        }

        /** Keeps looking for events for a short while, since they come in bursts; then parks until woken. */
        private void idle() {
            long until = System.nanoTime() + SPIN_NANOS;
            do {
                for (int look = 0; look < LOOKS_PER_CLOCK_READ; look++) {
                    if (anyUnservedPending()) {
                        return;
                    }
                    Thread.onSpinWait();
                }
            } while (System.nanoTime() < until && !retired && !closed);
            parked = true;
            parkedWorkers.incrementAndGet();
            if (!anyUnservedPending() && !retired && !closed) {
                LockSupport.park(this);
            }
            parkedWorkers.decrementAndGet();
            parked = false;
        }
    }
}
