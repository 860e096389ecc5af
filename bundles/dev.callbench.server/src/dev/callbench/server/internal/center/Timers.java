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

    /**
     * Runs the task later for the contact, unless the contact center is done with it by then (the caller hung up
     * while it rang, the agent cleared it): a timer never acts on a contact that is gone.
     */
    void forContact(Contact contact, long millis, Task task) {
        after(millis, work -> {
            if (!contact.isRetired()) {
                task.run(work);
            }
        });
    }

    void after(long millis, Task task) {
        try {
            scheduler.schedule(() -> underLock.accept(task), Math.max(0, millis), TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            // the contact center is shutting down: nothing is left to time
        }
    }
}
