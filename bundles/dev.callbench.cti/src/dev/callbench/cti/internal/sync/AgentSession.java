package dev.callbench.cti.internal.sync;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;

import dev.callbench.cti.connect.CtiTimings;
import dev.callbench.cti.internal.wire.AuthToken;
import dev.callbench.cti.internal.wire.CtiCallException;
import dev.callbench.cti.internal.wire.CtiHttp;
import dev.callbench.cti.internal.wire.MalformedSnapshotException;
import dev.callbench.cti.internal.wire.ParsedSnapshot;

/**
 * One signed-in agent: keeps its token fresh, long-polls its snapshot, turns snapshot differences into
 * changes for the {@link SessionSink}, and carries out its CTI calls.
 */
public final class AgentSession implements PollListener {

    private static final String GET_AGENT_SNAPSHOT = "GetAgentSnapshot";

    private final CtiHttp http;
    private final Authenticator authenticator;
    private final ScheduledExecutorService timer;
    private final CtiTimings timings;
    private final SnapshotDiff diff = new SnapshotDiff();
    private volatile SessionSink sink;
    private volatile PollLoop loop;
    private volatile AuthToken token;
    private volatile ParsedSnapshot current;
    private ScheduledFuture<?> renewal; // guarded by this
    private CompletableFuture<AuthToken> signingIn; // guarded by this
    private boolean stopped; // guarded by this

    public AgentSession(CtiHttp http, Authenticator authenticator, ScheduledExecutorService timer,
            CtiTimings timings) {
        this.http = http;
        this.authenticator = authenticator;
        this.timer = timer;
        this.timings = timings;
    }

    /** Signs in; completes when signed in, and keeps the token fresh from then on. */
    public CompletableFuture<Void> signIn() {
        return authenticator.signIn().thenAccept(this::tokenRenewed);
    }

    /** Polls the agent's snapshot until {@link #stop()}, telling {@code to} what changes. */
    public void poll(SessionSink to) {
        sink = to;
        loop = new PollLoop((body, timeout) -> http.call(GET_AGENT_SNAPSHOT, body, tokenValue(), timeout), this,
                timer, timings.longPoll(), new Backoff(timings.firstRetry(), timings.longestRetry()));
        loop.start();
    }

    public synchronized void stop() {
        stopped = true;
        if (loop != null) {
            loop.stop();
        }
        if (renewal != null) {
            renewal.cancel(false);
        }
    }

    /** Calls a CTI operation as this agent. */
    public CompletableFuture<JsonObject> call(String operation, JsonObject body) {
        return http.call(operation, body, tokenValue(), timings.actionTimeout());
    }

    @Override
    public void snapshot(ParsedSnapshot snapshot) {
        ParsedSnapshot previous = current;
        List<Change> changes = diff.advance(snapshot.view());
        current = snapshot;
        changes.forEach(change -> sink.changed(change, previous, snapshot));
    }

    @Override
    public void badSnapshot(MalformedSnapshotException problem) {
        sink.problem(SessionSink.SessionProblem.BAD_SNAPSHOT, problem.getMessage(), current);
    }

    @Override
    public void pollFailed(CtiCallException failure) {
        if (failure.kind() == CtiCallException.Kind.UNAUTHORIZED) {
            signInAgain();
        } else {
            sink.problem(SessionSink.SessionProblem.SERVICE_ERROR, failure.getMessage(), current);
        }
    }

    @Override
    public void connectionLost(CtiCallException failure) {
        sink.connectionLost(failure.getMessage(), current);
    }

    @Override
    public void connectionRegained() {
        sink.connectionRegained(current);
    }

    private String tokenValue() {
        AuthToken now = token;
        return now == null ? null : now.value();
    }

    /** Signs in again, unless a sign-in is under way: each refused poll until then would start another. */
    private void signInAgain() {
        CompletableFuture<AuthToken> attempt;
        synchronized (this) {
            if (stopped || (signingIn != null && !signingIn.isDone())) {
                return;
            }
            attempt = signingIn = authenticator.signIn();
        }
        attempt.whenComplete((signedIn, failure) -> {
            if (failure == null) {
                tokenRenewed(signedIn);
            } else {
                sink.problem(SessionSink.SessionProblem.SIGN_IN_FAILED, String.valueOf(failure.getMessage()),
                        current);
            }
        });
    }

    /** Keeps one renewal scheduled, at 80 % of the token's life; none once stopped. */
    private synchronized void tokenRenewed(AuthToken fresh) {
        token = fresh;
        if (renewal != null) {
            renewal.cancel(false);
        }
        if (stopped) {
            return;
        }
        Duration left = Duration.between(Instant.now(), fresh.expiresAt());
        long renewInMillis = Math.max(1_000, left.toMillis() * 4 / 5);
        renewal = timer.schedule(this::renew, renewInMillis, TimeUnit.MILLISECONDS);
    }

    private void renew() {
        authenticator.renew(token).whenComplete((fresh, failure) -> {
            if (failure == null) {
                tokenRenewed(fresh);
            } else {
                signInAgain();
            }
        });
    }
}
