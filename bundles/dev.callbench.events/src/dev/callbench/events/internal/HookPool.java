package dev.callbench.events.internal;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;

/**
 * The threads that call contact action hooks: a fixed few, and each call within a time budget. A call still running
 * when its budget is up fails with an {@link Overrun} at once, so that nobody waits for it; its thread is
 * interrupted, and the pool has one thread more for as long as the call goes on, so that as many threads as ever are
 * free for the other hooks. When the call returns the pool shrinks back and the surplus thread ends. A call that
 * waited for a thread until its budget was up fails with a plain {@link TimeoutException} and is never made. The
 * threads a hook that never returns can hold are bounded by its quarantine, not here.
 */
final class HookPool {

    /** The call was still running when its budget was up; the hook keeps its thread until it returns. */
    static final class Overrun extends TimeoutException {

        private static final long serialVersionUID = 1L;

        Overrun(Duration budget) {
            super("still running after its time budget of " + budget.toMillis() + " ms");
        }
    }

    private final ThreadPoolExecutor threads;
    private final int size;
    private int overrunning; // guarded by this

    HookPool(ThreadFactory factory, int size) {
        this.size = size;
        this.threads = new ThreadPoolExecutor(size, size, 0, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), factory);
    }

    /**
     * Makes the call on one of the pool's threads. The result is its answer, or fails with what it threw (as thrown,
     * not wrapped) or with a timeout.
     */
    <T> CompletableFuture<T> call(Supplier<T> work, Duration budget) {
        Call<T> call = new Call<>(work, budget);
        threads.execute(call);
        CompletableFuture.delayedExecutor(budget.toNanos(), TimeUnit.NANOSECONDS, Runnable::run).execute(call::timeUp);
        return call.outcome;
    }

    void close() {
        threads.shutdownNow();
    }

    /** One thread more while a call overruns, one less when it returns; the maximum never below the core size. */
    private synchronized void resize(int change) {
        overrunning += change;
        int target = size + overrunning;
        if (change > 0) {
            threads.setMaximumPoolSize(target);
            threads.setCorePoolSize(target);
        } else {
            threads.setCorePoolSize(target);
            threads.setMaximumPoolSize(target);
        }
    }

    private enum Stage {
        WAITING, RUNNING, ANSWERED, STARVED, OVERRUNNING
    }

    /**
     * One call. Whether it answered in time or timed out is decided once, under its lock; the outcome is completed
     * outside it, since that runs the caller's next steps.
     */
    private final class Call<T> implements Runnable {

        private final Supplier<T> work;
        private final Duration budget;
        private final CompletableFuture<T> outcome = new CompletableFuture<>();
        private Stage stage = Stage.WAITING; // guarded by this
        private Thread runner; // guarded by this; set while RUNNING or OVERRUNNING: no later call is interrupted

        Call(Supplier<T> work, Duration budget) {
            this.work = work;
            this.budget = budget;
        }

        @Override
        public void run() {
            if (!begin()) {
                return;
            }
            T answer;
            try {
                answer = work.get();
            } catch (Throwable failure) { // whatever a hook throws is reported, not lost with the thread
                if (endInTime()) {
                    outcome.completeExceptionally(failure);
                }
                return;
            }
            if (endInTime()) {
                outcome.complete(answer);
            }
        }

        private synchronized boolean begin() {
            if (stage != Stage.WAITING) {
                return false;
            }
            stage = Stage.RUNNING;
            runner = Thread.currentThread();
            return true;
        }

        private synchronized boolean endInTime() {
            runner = null;
            if (stage == Stage.OVERRUNNING) {
                resize(-1);
                return false;
            }
            stage = Stage.ANSWERED;
            return true;
        }

        void timeUp() {
            TimeoutException timeout = stopWaiting();
            if (timeout != null) {
                outcome.completeExceptionally(timeout);
            }
        }

        private synchronized TimeoutException stopWaiting() {
            switch (stage) {
                case WAITING -> {
                    stage = Stage.STARVED;
                    return new TimeoutException("no thread was free within " + budget.toMillis() + " ms");
                }
                case RUNNING -> {
                    stage = Stage.OVERRUNNING;
                    runner.interrupt();
                    resize(1);
                    return new Overrun(budget);
                }
                default -> {
                    return null;
                }
            }
        }
    }
}
