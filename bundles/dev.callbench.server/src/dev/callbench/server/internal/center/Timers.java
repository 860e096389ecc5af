package dev.callbench.server.internal.center;

import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/** Runs a piece of work later, under the contact center's lock. */
final class Timers {

    /** Work to do under the lock. */
    @FunctionalInterface
    interface Task {
        void run(Work work);
    }

    private final ScheduledExecutorService scheduler;
    private final Consumer<Task> underLock;

    Timers(ScheduledExecutorService scheduler, Consumer<Task> underLock) {
        this.scheduler = scheduler;
        this.underLock = underLock;
    }

    void after(long millis, Task task) {
        try {
            scheduler.schedule(() -> underLock.accept(task), Math.max(0, millis), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // the contact center is shutting down: nothing is left to time
        }
    }
}
