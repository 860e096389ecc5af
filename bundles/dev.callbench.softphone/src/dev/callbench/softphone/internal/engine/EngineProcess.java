package dev.callbench.softphone.internal.engine;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonObject;

import dev.callbench.softphone.engine.internal.channel.ChannelException;
import dev.callbench.softphone.engine.internal.channel.Message;
import dev.callbench.softphone.engine.internal.channel.MessageReader;
import dev.callbench.softphone.engine.internal.channel.MessageWriter;
import dev.callbench.softphone.internal.Messages;
import dev.callbench.softphone.internal.engine.MediaEngineException.Reason;

/**
 * One media engine process and the workbench's end of its channel (its standard input and output; its standard
 * error is its log). Requests are answered in futures that fail, all at once, when the process ends; a line from
 * the engine that breaks the protocol ends the process, because a reply may have been lost in it. Replies and
 * events are handed on from a thread of this process's own, so that slow code there never stops the reading.
 */
public final class EngineProcess {

    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);
    private static final Logger LOG = LoggerFactory.getLogger(EngineProcess.class);
    private static final long DRAIN_MILLIS = 1000;

    private final Process process;
    private final MessageWriter writer;
    private final EngineLog log;
    private final Thread logReader;
    private final Thread channelReader;
    private final Thread exitHook;
    private final ExecutorService callbacks;
    private final Map<Long, CompletableFuture<JsonObject>> pending = new ConcurrentHashMap<>();
    private final AtomicLong lastId = new AtomicLong();
    private final List<EngineEventListener> listeners = new CopyOnWriteArrayList<>();
    private final CompletableFuture<EngineExit> exited = new CompletableFuture<>();
    private volatile boolean closed;
    private volatile boolean planned;
    private volatile String brokeProtocol;

    private EngineProcess(Process process) {
        this.process = process;
        this.writer = new MessageWriter(process.getOutputStream());
        this.log = new EngineLog(process.pid(), process.getErrorStream());
        this.logReader = daemon(log, "log");
        this.channelReader = daemon(this::readChannel, "channel");
        this.exitHook = new Thread(process::destroy, "callbench-media-engine-exit-" + process.pid());
        this.callbacks = Executors.newSingleThreadExecutor(runnable -> daemon(runnable, "callbacks"));
    }

    /** Starts the process; it is ready once it answers a {@code ping}. */
    public static EngineProcess start(EngineCommand command) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command.commandLine());
        builder.environment().putAll(command.environment());
        EngineProcess engine = new EngineProcess(builder.start());
        engine.watch();
        LOG.info("Media engine started as process {}", engine.pid());
        return engine;
    }

    private void watch() {
        Runtime.getRuntime().addShutdownHook(exitHook); // Equinox does not stop its bundles when its JVM is signalled
        logReader.start();
        channelReader.start();
        process.onExit().thenRun(this::ended);
    }

    private Thread daemon(Runnable task, String job) {
        Thread thread = new Thread(task, "callbench-media-engine-" + job + "-" + process.pid());
        thread.setDaemon(true);
        return thread;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public CompletableFuture<JsonObject> request(String op, JsonObject arguments) {
        return request(op, arguments, REQUEST_TIMEOUT);
    }

    /**
     * Sends a request; the future holds the reply's {@code ok} object, or fails with a {@link MediaEngineException}
     * whose message is a sentence for the agent.
     */
    public CompletableFuture<JsonObject> request(String op, JsonObject arguments, Duration timeout) {
        long id = lastId.incrementAndGet();
        CompletableFuture<JsonObject> reply = new CompletableFuture<>();
        pending.put(id, reply);
        if (closed) { // the channel closed while this request was being made: failAll may have run before the put
            failPending(stoppedException("the channel was closed before the request " + op + " was sent"));
            return reply;
        }
        CompletableFuture.delayedExecutor(timeout.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            if (pending.remove(id, reply)) {
                reply.completeExceptionally(new MediaEngineException(Reason.NOT_ANSWERING, Messages.engineNotAnswering,
                        "", "media engine " + pid() + " did not answer " + op + " within " + timeout));
            }
        });
        try {
            writer.write(new Message.Request(id, op, arguments == null ? new JsonObject() : arguments));
        } catch (IOException e) {
            if (pending.remove(id, reply)) {
                reply.completeExceptionally(stoppedException("the request " + op + " could not be sent: " + e.getMessage()));
            }
        }
        return reply;
    }

    public void addEventListener(EngineEventListener listener) {
        listeners.add(listener);
    }

    public void removeEventListener(EngineEventListener listener) {
        listeners.remove(listener);
    }

    /** Completes once the process has ended, however it ended. */
    public CompletableFuture<EngineExit> exited() {
        return exited.copy();
    }

    /**
     * Stops the process on purpose: its input closes (the engine exits by itself), then SIGTERM, and after
     * {@code grace} SIGKILL, each to this process's own pid.
     */
    public CompletableFuture<EngineExit> stop(Duration grace) {
        planned = true;
        closeInput();
        process.destroy();
        CompletableFuture.delayedExecutor(grace.toMillis(), TimeUnit.MILLISECONDS).execute(() -> {
            if (process.isAlive()) {
                LOG.warn("Media engine {} did not stop within {}: killed", pid(), grace);
                process.destroyForcibly();
            }
        });
        return exited();
    }

    /** Ends the process at once, as a failure: for an engine that does not answer. */
    public void kill() {
        process.destroyForcibly();
    }

    private void readChannel() {
        MessageReader reader = new MessageReader(process.getInputStream());
        try {
            for (Optional<Message> message = reader.read(); message.isPresent(); message = reader.read()) {
                accept(message.get());
            }
        } catch (ChannelException e) {
            brokeProtocol(e.getMessage());
        } catch (IOException e) {
            LOG.debug("The channel from media engine {} failed", pid(), e);
        }
        channelClosed();
    }

    private void accept(Message message) throws ChannelException {
        switch (message) {
            case Message.Reply reply -> answer(reply);
            case Message.Event event when event.name().equals("protocolError") ->
                LOG.error("Media engine {} refused a line from the workbench: {}", pid(), event.fields());
            case Message.Event event -> callbacks.execute(() -> tell(event));
            case Message.Request request ->
                throw new ChannelException(ChannelException.BAD_MESSAGE, "The engine sent a request: " + request.op());
        }
    }

    private void answer(Message.Reply reply) {
        CompletableFuture<JsonObject> future = pending.remove(reply.id());
        if (future == null) {
            LOG.debug("Media engine {} answered request {}, which was given up", pid(), reply.id());
        } else if (reply.succeeded()) {
            callbacks.execute(() -> future.complete(reply.ok()));
        } else {
            callbacks.execute(() -> future.completeExceptionally(new MediaEngineException(Reason.REFUSED,
                    Messages.engineRefused, reply.error().kind(), reply.error().message())));
        }
    }

    private void tell(Message.Event event) {
        for (EngineEventListener listener : listeners) {
            try {
                listener.event(event.name(), event.fields());
            } catch (RuntimeException e) {
                LOG.error("A listener failed on the media engine's event {}", event.name(), e);
            }
        }
    }

    private void brokeProtocol(String sentence) {
        brokeProtocol = sentence;
        LOG.error("Media engine {} broke the protocol and is stopped: {}", pid(), sentence);
        process.destroyForcibly();
    }

    /** Nothing more can come: every request still waiting fails now, not at its timeout. */
    private void channelClosed() {
        closed = true;
        closeInput();
        failPending(planned ? new MediaEngineException(Reason.SHUT_DOWN, Messages.engineShutDown, "",
                "media engine " + pid() + " was stopped before it answered") : stoppedException("its channel closed"));
    }

    private MediaEngineException stoppedException(String detail) {
        return new MediaEngineException(Reason.STOPPED, Messages.engineStopped, "", "media engine " + pid() + ": " + detail);
    }

    private void failPending(MediaEngineException failure) {
        for (Long id : pending.keySet()) {
            CompletableFuture<JsonObject> future = pending.remove(id);
            if (future != null) {
                future.completeExceptionally(failure);
            }
        }
    }

    private void ended() {
        closed = true;
        removeExitHook();
        awaitReaders();
        int code = process.exitValue();
        String why = brokeProtocol != null ? "it broke the protocol: " + brokeProtocol
                : planned ? "it was stopped" : "it ended by itself or was killed";
        if (planned && brokeProtocol == null) {
            LOG.info("Media engine {} ended with exit code {}: {}", pid(), code, why);
        } else {
            LOG.warn("Media engine {} ended unexpectedly with exit code {}: {}; its last log lines:\n  {}", pid(), code,
                    why, String.join("\n  ", log.lastLines()));
        }
        failPending(stoppedException("the process ended with exit code " + code));
        callbacks.shutdown();
        exited.complete(new EngineExit(pid(), code, planned && brokeProtocol == null, why));
    }

    /** What the process wrote last is read after it has ended: its last replies, and log lines that tell why. */
    private void awaitReaders() {
        try {
            logReader.join(DRAIN_MILLIS);
            channelReader.join(DRAIN_MILLIS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void closeInput() {
        try {
            writer.close();
        } catch (IOException alreadyClosed) {
            // the process has gone: nothing to close
        }
    }

    private void removeExitHook() {
        try {
            Runtime.getRuntime().removeShutdownHook(exitHook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already exiting: the hook ends the process
        }
    }
}
