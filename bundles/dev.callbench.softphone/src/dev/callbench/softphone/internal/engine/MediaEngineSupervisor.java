package dev.callbench.softphone.internal.engine;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonObject;

import dev.callbench.softphone.internal.Messages;
import dev.callbench.softphone.internal.engine.MediaEngineException.Reason;

/**
 * Keeps one media engine process running while the softphone runs: started at once, so that the first call pays no
 * start-up; started again after a death, waiting longer after each failure in a row (see {@link Backoff}); replaced
 * between calls when it has grown too big ({@link #recycleIfAbove(long)}); stopped with the softphone. An engine
 * counts as started once it answers a {@code ping}. Its state changes on one thread of its own.
 */
@Component(immediate = true, service = MediaEngineSupervisor.class)
public final class MediaEngineSupervisor {

    /** The component's configuration. */
    @interface Config {
        /** The resident memory above which {@link MediaEngineSupervisor#recycleIfTooBig()} replaces the engine. */
        long recycleAboveKb() default 400 * 1024;
    }

    static final int FAILURES_BEFORE_WARNING = 3;
    static final Duration STOP_GRACE = Duration.ofSeconds(5);
    private static final Logger LOG = LoggerFactory.getLogger(MediaEngineSupervisor.class);

    private final Callable<EngineCommand> command;
    private final Backoff backoff;
    private final long recycleAboveKb;
    private final ScheduledExecutorService worker = Executors.newSingleThreadScheduledExecutor(
            runnable -> new Thread(runnable, "callbench-media-engine-supervisor"));
    private final List<MediaEngineListener> listeners = new CopyOnWriteArrayList<>();
    private final List<EngineEventListener> eventListeners = new CopyOnWriteArrayList<>();
    private volatile CompletableFuture<EngineProcess> ready = new CompletableFuture<>();
    // the worker thread's own
    private EngineProcess launched;
    private long readySince;
    private Duration nextDelay;
    private int failuresInRow;
    private boolean stopped;
    private ScheduledFuture<?> restart;

    @Activate
    public MediaEngineSupervisor(BundleContext context, Config config) {
        this(() -> EngineCommand.mediaEngine(EngineClassPath.of(context)), Backoff.standard(), config.recycleAboveKb());
        start();
    }

    /** A supervisor of the engine {@code command} starts; it starts with {@link #start()}. */
    public MediaEngineSupervisor(Callable<EngineCommand> command, Backoff backoff, long recycleAboveKb) {
        this.command = command;
        this.backoff = backoff;
        this.recycleAboveKb = recycleAboveKb;
        this.nextDelay = backoff.first();
    }

    public void start() {
        worker.execute(() -> launch(false));
    }

    public void addListener(MediaEngineListener listener) {
        listeners.add(listener);
    }

    public void removeListener(MediaEngineListener listener) {
        listeners.remove(listener);
    }

    /** Learns the events of whichever engine is running, across restarts. */
    public void addEventListener(EngineEventListener listener) {
        eventListeners.add(listener);
    }

    public void removeEventListener(EngineEventListener listener) {
        eventListeners.remove(listener);
    }

    /** The engine that answers now, if one does. */
    public Optional<EngineProcess> current() {
        return Optional.ofNullable(ready.getNow(null));
    }

    /** The engine once one answers; fails with a sentence when none does within {@link EngineProcess#REQUEST_TIMEOUT}. */
    public CompletableFuture<EngineProcess> engine() {
        CompletableFuture<EngineProcess> waiting = ready.copy();
        CompletableFuture.delayedExecutor(EngineProcess.REQUEST_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .execute(() -> waiting.completeExceptionally(new MediaEngineException(Reason.NOT_READY,
                        Messages.engineNotReady, "", "no media engine answered within " + EngineProcess.REQUEST_TIMEOUT)));
        return waiting;
    }

    /** A request to the engine once one answers; see {@link EngineProcess#request(String, JsonObject)}. */
    public CompletableFuture<JsonObject> request(String op, JsonObject arguments) {
        return engine().thenCompose(engine -> engine.request(op, arguments));
    }

    /** As {@link #recycleIfAbove(long)} with the configured bound. */
    public CompletableFuture<Boolean> recycleIfTooBig() {
        return recycleIfAbove(recycleAboveKb);
    }

    /**
     * Replaces the engine when its resident memory is above {@code kb}; for the session logic to call when no call is
     * under way (webrtc-java leaks natively with each call). Completes with {@code true} once the new engine answers.
     */
    public CompletableFuture<Boolean> recycleIfAbove(long kb) {
        EngineProcess engine = ready.getNow(null);
        if (engine == null) {
            return CompletableFuture.completedFuture(false);
        }
        return engine.request("memory", null).thenComposeAsync(memory -> {
            long residentKb = memory.get("residentKb").getAsLong();
            if (residentKb <= kb || engine != launched || stopped) {
                return CompletableFuture.completedFuture(false);
            }
            LOG.info("Media engine {} holds {} kB, more than {} kB: it is replaced", engine.pid(), residentKb, kb);
            ready = new CompletableFuture<>();
            engine.stop(STOP_GRACE).thenRunAsync(() -> launch(true), worker);
            return ready.thenApply(replacement -> true);
        }, worker);
    }

    /** Stops the engine, by its own pid, and returns once it has ended. */
    @Deactivate
    public void stop() {
        CompletableFuture<EngineExit> gone = CompletableFuture.supplyAsync(() -> {
            stopped = true;
            if (restart != null) {
                restart.cancel(false);
            }
            EngineProcess engine = launched;
            launched = null;
            return engine;
        }, worker).thenCompose(engine -> engine == null ? CompletableFuture.completedFuture(null) : engine.stop(STOP_GRACE));
        try {
            gone.get(STOP_GRACE.toSeconds() + 5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            LOG.warn("The media engine did not stop", e);
        }
        worker.shutdownNow();
    }

    private void launch(boolean recycling) {
        if (stopped) {
            return;
        }
        EngineProcess engine;
        try {
            engine = EngineProcess.start(command.call());
        } catch (Exception e) {
            LOG.error("The media engine could not be started", e);
            failed();
            return;
        }
        launched = engine;
        long startedAt = System.nanoTime();
        engine.addEventListener(this::tellEvent);
        engine.exited().thenAcceptAsync(exit -> ended(engine, exit), worker);
        engine.request("ping", null)
                .whenCompleteAsync((pong, failure) -> answered(engine, startedAt, recycling, failure), worker);
    }

    private void answered(EngineProcess engine, long startedAt, boolean recycling, Throwable failure) {
        if (engine != launched || stopped) {
            return;
        }
        if (failure != null) {
            LOG.warn("Media engine {} did not answer its first ping: {}", engine.pid(), failure.getMessage());
            engine.kill(); // its end is a failure, which starts another
            return;
        }
        readySince = System.nanoTime();
        LOG.info("Media engine {} answers, {} ms after it was started", engine.pid(),
                TimeUnit.NANOSECONDS.toMillis(readySince - startedAt));
        ready.complete(engine);
        tell(recycling ? listener -> listener.recycled(engine) : listener -> listener.started(engine));
    }

    private void ended(EngineProcess engine, EngineExit exit) {
        if (exit.planned() || engine != launched) {
            return; // stopped on purpose, or already replaced
        }
        launched = null;
        if (ready.getNow(null) == engine) {
            ready = new CompletableFuture<>();
            if (System.nanoTime() - readySince >= backoff.forgiveAfter().toNanos()) {
                failuresInRow = 0;
                nextDelay = backoff.first();
            }
        }
        tell(listener -> listener.died(engine, Messages.engineRestarting));
        failed();
    }

    private void failed() {
        failuresInRow++;
        if (failuresInRow == FAILURES_BEFORE_WARNING) {
            LOG.warn("The media engine failed {} times in a row", failuresInRow);
            tell(listener -> listener.failing(Messages.engineKeepsFailing));
        }
        if (stopped) {
            return;
        }
        Duration delay = nextDelay;
        nextDelay = backoff.after(delay);
        LOG.info("The media engine is started again in {} ms", delay.toMillis());
        restart = worker.schedule(() -> launch(false), delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void tell(Consumer<MediaEngineListener> call) {
        for (MediaEngineListener listener : listeners) {
            try {
                call.accept(listener);
            } catch (RuntimeException e) {
                LOG.error("A media engine listener failed", e);
            }
        }
    }

    private void tellEvent(String name, JsonObject fields) {
        for (EngineEventListener listener : eventListeners) {
            try {
                listener.event(name, fields);
            } catch (RuntimeException e) {
                LOG.error("A media engine event listener failed on {}", name, e);
            }
        }
    }
}
