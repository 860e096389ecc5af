package dev.callbench.cti.internal.sync;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;

import dev.callbench.cti.internal.wire.CtiCallException;
import dev.callbench.cti.internal.wire.MalformedSnapshotException;
import dev.callbench.cti.internal.wire.ParsedSnapshot;
import dev.callbench.cti.internal.wire.SnapshotParser;

/**
 * The {@code GetAgentSnapshot} long poll: polls again at once after an answer, and after a failure waits
 * (with {@link Backoff}) and tries again, until stopped. Only one poll is ever under way, so snapshots reach
 * the {@link PollListener} one at a time and in order.
 */
public final class PollLoop {

    /** Sends one poll: the operation's body is given, the caller adds the token. */
    @FunctionalInterface
    public interface Poller {
        CompletableFuture<JsonObject> poll(JsonObject body, Duration timeout);
    }

    private static final Duration MAX_GRACE = Duration.ofSeconds(5);

    private final Poller poller;
    private final PollListener listener;
    private final ScheduledExecutorService timer;
    private final Duration longPoll;
    private final Backoff backoff;
    private volatile boolean running;
    private boolean lost;
    private String nextToken;

    public PollLoop(Poller poller, PollListener listener, ScheduledExecutorService timer, Duration longPoll,
            Backoff backoff) {
        this.poller = poller;
        this.listener = listener;
        this.timer = timer;
        this.longPoll = longPoll;
        this.backoff = backoff;
    }

    public void start() {
        running = true;
        pollNow();
    }

    public void stop() {
        running = false;
    }

    private void pollNow() {
        if (!running) {
            return;
        }
        JsonObject body = new JsonObject();
        if (nextToken != null) {
            body.addProperty("nextToken", nextToken);
        }
        body.addProperty("timeout", longPoll.toMillis());
        // The HTTP client completes on the shared common pool; answers are handled on our own timer instead,
        // so that code blocking the common pool cannot stall the agent's events.
        poller.poll(body, longPoll.plus(grace())).whenCompleteAsync(this::answered, timer);
    }

    /** How much longer than the long poll an answer may take before the server counts as hung. */
    private Duration grace() {
        return longPoll.compareTo(MAX_GRACE) < 0 ? longPoll : MAX_GRACE;
    }

    private void answered(JsonObject answer, Throwable failure) {
        if (!running) {
            return;
        }
        try {
            if (failure != null) {
                failed(CtiCallException.unwrap(failure));
            } else {
                received(answer);
            }
        } catch (RuntimeException e) {
            listener.badSnapshot(new MalformedSnapshotException("the snapshot could not be used: " + e));
            later();
        }
    }

    private void received(JsonObject answer) {
        ParsedSnapshot snapshot;
        try {
            snapshot = SnapshotParser.parse(answer);
        } catch (MalformedSnapshotException e) {
            listener.badSnapshot(e);
            later();
            return;
        }
        backoff.reset();
        nextToken = snapshot.nextToken();
        if (lost) {
            lost = false;
            listener.connectionRegained();
        }
        listener.snapshot(snapshot);
        pollNow();
    }

    private void failed(Throwable cause) {
        CtiCallException failure = cause instanceof CtiCallException call ? call
                : new CtiCallException(CtiCallException.Kind.UNREACHABLE, null, String.valueOf(cause), cause);
        if (failure.kind() == CtiCallException.Kind.UNREACHABLE && !lost) {
            lost = true;
            nextToken = null;
            listener.connectionLost(failure);
        } else if (failure.kind() != CtiCallException.Kind.UNREACHABLE) {
            listener.pollFailed(failure);
        }
        later();
    }

    private void later() {
        if (running) {
            timer.schedule(this::pollNow, backoff.next().toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
