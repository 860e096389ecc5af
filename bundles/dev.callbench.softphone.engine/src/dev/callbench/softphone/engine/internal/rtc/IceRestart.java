package dev.callbench.softphone.engine.internal.rtc;

import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import dev.callbench.media.internal.AudioPeer;
import dev.callbench.media.internal.IceServer;
import dev.callbench.media.internal.SessionDescription;

/**
 * One ICE restart during a call, as connect-rtc-js's talking substates run it: fresh TURN credentials (the workbench
 * asks the contact center, as connect-rtc-js asks CreateTransport), an offer with new ICE credentials gathered anew,
 * then an {@code invite} with {@code iceRestart} on a signaling socket of its own: up to four invites, 5 s each and
 * 1 s apart, but none more once the server says busy (486) or call not found (404). The answer is applied and
 * {@code accept} sent; the new socket is the session's from then on. Media goes on over the old path, if it works,
 * while this runs.
 */
final class IceRestart {

    /** How long ICE stays disconnected before connect-rtc-js restarts it. */
    static final Duration DISCONNECTED_FOR = Duration.ofSeconds(3);
    static final int INVITE_RETRIES = 3;
    static final Duration RETRY_PAUSE = Duration.ofSeconds(1);
    private static final System.Logger LOG = System.getLogger(IceRestart.class.getName());

    private final String contactId;
    private final AudioPeer peer;
    private final Supplier<SignalingClient> signaling;
    private final ScheduledExecutorService timer;
    private final SessionReport.Builder report;

    /** @param signaling a new client for the restart's socket, each time it is called */
    IceRestart(String contactId, AudioPeer peer, Supplier<SignalingClient> signaling, ScheduledExecutorService timer,
            SessionReport.Builder report) {
        this.contactId = contactId;
        this.peer = peer;
        this.signaling = signaling;
        this.timer = timer;
        this.report = report;
    }

    /** Completes with the signaling client that carried the restart, once its answer is applied and accepted. */
    CompletableFuture<SignalingClient> run(CompletableFuture<List<IceServer>> freshIceServers) {
        return freshIceServers.thenCompose(servers -> {
            if (servers.isEmpty()) {
                throw new IllegalStateException("no fresh ICE servers for the restart");
            }
            return peer.restartIce(servers);
        }).thenCompose(offer -> invite(offer, 0));
    }

    private CompletableFuture<SignalingClient> invite(SessionDescription offer, int retry) {
        SignalingClient client = signaling.get();
        return client.connect().thenCompose(open -> client.invite(offer))
                .thenCompose(answer -> peer.applyAnswer(answer))
                .thenApply(applied -> {
                    client.accept();
                    return client;
                }).handle((done, failure) -> {
                    if (failure == null) {
                        return CompletableFuture.completedFuture(done);
                    }
                    client.close();
                    Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                            ? failure.getCause() : failure;
                    if (retry >= INVITE_RETRIES || !retried(cause)) {
                        return CompletableFuture.<SignalingClient>failedFuture(cause);
                    }
                    LOG.log(Level.INFO, "The ICE restart invite of contact {0} failed ({1}); again in {2} ms",
                            contactId, cause.getMessage(), RETRY_PAUSE.toMillis());
                    report.iceRestartInviteRetried();
                    return later().thenCompose(again -> invite(offer, retry + 1));
                }).thenCompose(next -> next);
    }

    /** Busy and not found end the restart at once, as in connect-rtc-js; any other signaling failure is retried. */
    private static boolean retried(Throwable cause) {
        return cause instanceof SignalingException signalingFailure
                && signalingFailure.failure() != SignalingFailure.USER_BUSY
                && signalingFailure.failure() != SignalingFailure.CALL_NOT_FOUND;
    }

    private CompletableFuture<Void> later() {
        CompletableFuture<Void> paused = new CompletableFuture<>();
        timer.schedule(() -> paused.complete(null), RETRY_PAUSE.toMillis(), TimeUnit.MILLISECONDS);
        return paused;
    }
}
