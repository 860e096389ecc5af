package dev.callbench.events.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;

/**
 * The threads that deliver events: a few of them, each serving every subscriber with waiting events in turn, up to
 * a batch at a time, so that one wake-up reaches many listeners. A thread stuck in a listener's call for longer
 * than the rescue time is retired and replaced at once, so the other listeners do not wait for it; the stuck thread
 * ends when the call returns.
 */
final class DeliveryPool {

    private static final int BATCH = 64;
    private static final int SPIN_ROUNDS = 4;

    private final Supplier<Subscriber[]> subscribers;
    private final ThreadFactory threads;
    private final long rescueNanos;
    private final List<Worker> workers = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    DeliveryPool(Supplier<Subscriber[]> subscribers, ThreadFactory threads, int size, long rescueNanos) {
        this.subscribers = subscribers;
        this.threads = threads;
        this.rescueNanos = rescueNanos;
        for (int i = 0; i < size; i++) {
            startWorker();
        }
    }

    private void startWorker() {
        Worker worker = new Worker();
        workers.add(worker);
        worker.thread = threads.newThread(worker);
        worker.thread.start();
    }

    /** Called after each publication: wakes the threads that wait for events. */
    void wake() {
        for (Worker worker : workers) {
            if (worker.parked) {
                LockSupport.unpark(worker.thread);
            }
        }
    }

    /** The watchdog's round: replaces every thread stuck in one call for longer than the rescue time. */
    void rescueStuck(long nowNanos) {
        for (Worker worker : workers) {
            Subscriber calling = worker.calling;
            long started = calling == null ? 0 : calling.callStartedNanos();
            if (started != 0 && nowNanos - started > rescueNanos && workers.remove(worker)) {
                worker.retired = true;
                startWorker();
            }
        }
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

        private Thread thread;
        private volatile boolean retired;
        private volatile boolean parked;
        /** The subscriber this thread serves now; whether it is in a call, the subscriber's clock tells. */
        private volatile Subscriber calling;

        boolean retired() {
            return retired;
        }

        @Override
        public void run() {
            while (!retired && !closed) {
                if (!serveRound()) {
                    idle();
                }
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
                    calling = subscriber;
                    try {
                        served |= subscriber.serve(BATCH, this) > 0;
                    } finally {
                        calling = null;
                        subscriber.release();
                    }
                }
            }
            return served;
        }

        /** Briefly looks for more work, yielding, since events come in bursts; then parks until woken. */
        private void idle() {
            for (int round = 0; round < SPIN_ROUNDS; round++) {
                if (anyUnservedPending()) {
                    return;
                }
                Thread.yield();
            }
            parked = true;
            if (!anyUnservedPending() && !retired && !closed) {
                LockSupport.park(this);
            }
            parked = false;
        }
    }
}
