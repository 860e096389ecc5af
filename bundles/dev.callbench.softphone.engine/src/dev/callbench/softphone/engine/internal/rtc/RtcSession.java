package dev.callbench.softphone.engine.internal.rtc;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import dev.callbench.media.internal.AudioPeer;
import dev.callbench.media.internal.CallStatistics;
import dev.callbench.media.internal.IceServer;
import dev.callbench.media.internal.IncomingAudioListener;
import dev.callbench.media.internal.MediaFailureException;
import dev.callbench.media.internal.PcmSource;
import dev.callbench.media.internal.SessionDescription;
import dev.onvoid.webrtc.RTCIceConnectionState;

/**
 * One softphone session, as connect-rtc-js's RtcSession runs it: open the audio, create and set the offer, gather
 * candidates and open the signaling socket together, send one invite, apply the answer and accept (talking), then
 * bye. The agent is always the offering peer. It starts while the contact still rings, so that the agent's Accept
 * only has to tell the contact center.
 */
public final class RtcSession implements SignalingClient.Listener {

    /** What a session tells its owner; called on whatever thread the step completed on. */
    public interface Events {
        void stateChanged(RtcSession session, SessionState state);

        void failed(RtcSession session, SessionFailureReason reason, String detail);

        void ended(RtcSession session, SessionReport report);

        /** Fresh TURN credentials for an ICE restart, from the workbench; empty when it has none. */
        CompletableFuture<List<IceServer>> freshIceServers(RtcSession session);
    }

    /** After a restart's answer is applied, how long ICE may take to connect again before the media counts as lost. */
    private static final Duration RECONNECT_WITHIN = Duration.ofSeconds(5);

    private static final System.Logger LOG = System.getLogger(RtcSession.class.getName());

    private final String contactId;
    private final Supplier<AudioPeer> openPeer;
    private final PcmSource outgoing;
    private final Events events;
    private final ScheduledExecutorService timer;
    private final SessionReport.Builder report = new SessionReport.Builder();
    /** The socket the session speaks on: an ICE restart moves it to the restart's own. */
    private volatile SignalingClient signaling;
    private volatile AudioPeer peer;
    private volatile RTCIceConnectionState ice = RTCIceConnectionState.NEW;
    private SessionState state;
    private boolean restarting;
    private boolean awaitingReconnect;
    private ScheduledFuture<?> restartTimer;

    /**
     * @param openPeer opens the call's peer (its factory, audio device, connection and track): the first step
     * @param timer runs the session's timeouts (ICE disconnected for 3 s, a restart's pauses)
     */
    public RtcSession(String contactId, URI signalingEndpoint, String callContextToken, Supplier<AudioPeer> openPeer,
            PcmSource outgoing, Events events, ScheduledExecutorService timer) {
        this.contactId = contactId;
        this.openPeer = openPeer;
        this.outgoing = outgoing;
        this.events = events;
        this.timer = timer;
        this.signaling = new SignalingClient(signalingEndpoint, contactId, callContextToken, this);
    }

    public String contactId() {
        return contactId;
    }

    public synchronized SessionState state() {
        return state;
    }

    /** Runs the set-up; its progress and end arrive as {@link Events}. */
    public void connect() {
        report.started(Instant.now());
        moveTo(SessionState.GRAB_LOCAL_MEDIA);
        try {
            peer = openPeer.get();
        } catch (RuntimeException | Error e) {
            fail(SessionFailureReason.GUM_OTHER_FAILURE, e.getCause() instanceof MediaFailureException media
                    ? media.getMessage() : String.valueOf(e));
            return;
        }
        report.localMediaOpened();
        peer.play(outgoing);
        peer.addIceStateListener(this::iceState);
        moveTo(SessionState.CREATE_OFFER);
        CompletableFuture<SessionDescription> offer = peer.createOffer();
        moveTo(SessionState.CONNECT_SIGNALING_AND_ICE_COLLECTION);
        CompletableFuture<Void> socket = signaling.connect().whenComplete((open, failed) -> report.signalingConnected());
        offer.thenCombine(socket, (description, open) -> description)
                .thenCompose(this::invite)
                .thenCompose(this::applyAnswer)
                .thenRun(this::talk)
                .exceptionally(this::setUpFailed);
    }

    private CompletableFuture<SessionDescription> invite(SessionDescription offer) {
        moveTo(SessionState.INVITE_ANSWER);
        return signaling.invite(offer);
    }

    private CompletableFuture<Void> applyAnswer(SessionDescription answer) {
        return peer.applyAnswer(answer);
    }

    private synchronized void talk() {
        if (state != SessionState.INVITE_ANSWER) {
            return; // hung up meanwhile
        }
        signaling.accept();
        report.handshaked();
        moveTo(SessionState.TALKING);
    }

    private Void setUpFailed(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        if (cause instanceof SignalingException signalingFailure) {
            fail(SessionFailureReason.of(signalingFailure.failure()), signalingFailure.getMessage());
        } else if (cause instanceof MediaFailureException mediaFailure) {
            fail(SessionFailureReason.of(mediaFailure.failure()), mediaFailure.getMessage());
        } else {
            fail(SessionFailureReason.CREATE_OFFER_FAILURE, String.valueOf(cause));
        }
        return null;
    }

    /** The agent or the contact ended the call: {@code bye} when talking, then the media is released. */
    public CompletableFuture<Void> hangUp() {
        synchronized (this) {
            if (isOver()) {
                return CompletableFuture.completedFuture(null);
            }
            moveTo(SessionState.DISCONNECTED);
        }
        return signaling.bye().whenComplete((done, failed) -> end());
    }

    @Override
    public void remoteBye() {
        synchronized (this) {
            if (isOver()) {
                return;
            }
            moveTo(SessionState.DISCONNECTED);
        }
        end();
    }

    @Override
    public void handshakeRevoked(String detail) {
        fail(SessionFailureReason.SIGNALLING_HANDSHAKE_FAILURE, detail);
    }

    public void setMuted(boolean muted) {
        AudioPeer open = peer;
        if (open != null) {
            open.setMuted(muted);
        }
    }

    public CompletableFuture<CallStatistics> statistics() {
        AudioPeer open = peer;
        return open == null ? CompletableFuture.failedFuture(new IllegalStateException("no media yet"))
                : open.statistics();
    }

    public CompletableFuture<Boolean> sendDigits(String digits) {
        AudioPeer open = peer;
        return open == null ? CompletableFuture.completedFuture(false) : open.sendDtmf(digits);
    }

    public void addAudioListener(IncomingAudioListener listener) {
        AudioPeer open = peer;
        if (open != null) {
            open.addAudioListener(listener);
        }
    }

    /** Completes when the media path first connects; never, if the session ends before. */
    public CompletableFuture<Void> iceConnected() {
        AudioPeer open = peer;
        return open == null ? new CompletableFuture<>() : open.iceConnected();
    }

    /** On the peer's control thread: counts losses, and restarts ICE after 3 s without a path, while talking. */
    private void iceState(RTCIceConnectionState now) {
        ice = now;
        switch (now) {
            case DISCONNECTED -> {
                report.iceConnectionLost();
                scheduleRestartCheck();
            }
            case FAILED -> {
                report.iceConnectionFailed();
                scheduleRestartCheck();
            }
            case CONNECTED, COMPLETED -> reconnected();
            default -> {
                // the other states change nothing
            }
        }
    }

    private synchronized void scheduleRestartCheck() {
        if (state != SessionState.TALKING || restarting || restartTimer != null) {
            return;
        }
        restartTimer = timer.schedule(this::restartIfStillLost, IceRestart.DISCONNECTED_FOR.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    private void restartIfStillLost() {
        synchronized (this) {
            restartTimer = null;
            if (state != SessionState.TALKING || restarting || connected()) {
                return; // the network came back by itself, as connect-rtc-js finds it may
            }
            restarting = true;
        }
        LOG.log(Level.INFO, "The media of contact {0} has had no path for {1} s; restarting ICE", contactId,
                IceRestart.DISCONNECTED_FOR.toSeconds());
        report.iceRestartStarted();
        SignalingClient current = signaling;
        new IceRestart(contactId, peer, current::forIceRestart, timer, report).run(events.freshIceServers(this))
                .whenComplete(this::restartDone);
    }

    private void restartDone(SignalingClient restarted, Throwable failure) {
        SignalingClient old = null;
        boolean lost;
        synchronized (this) {
            restarting = false;
            if (isOver()) {
                if (restarted != null) {
                    restarted.close();
                }
                return;
            }
            if (failure == null) {
                old = signaling;
                signaling = restarted;
                awaitingReconnect = !connected();
            }
            lost = failure != null && !connected();
        }
        if (old != null) {
            old.close();
        }
        if (failure != null) {
            report.iceRestartFailed();
            LOG.log(Level.INFO, "The ICE restart of contact {0} failed: {1}", contactId, failure.getMessage());
            if (lost) {
                mediaLost("ICE stayed disconnected and the ICE restart failed: " + failure.getMessage());
            }
        } else if (awaitingReconnectNow()) {
            timer.schedule(this::lostIfNotReconnected, RECONNECT_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
        } else {
            report.iceRestartSucceeded();
        }
    }

    private synchronized boolean awaitingReconnectNow() {
        return awaitingReconnect;
    }

    private void reconnected() {
        boolean afterRestart;
        synchronized (this) {
            afterRestart = awaitingReconnect;
            awaitingReconnect = false;
        }
        if (afterRestart) {
            report.iceRestartSucceeded();
            LOG.log(Level.INFO, "The media of contact {0} has a path again after the ICE restart", contactId);
        }
    }

    private void lostIfNotReconnected() {
        boolean lost;
        synchronized (this) {
            lost = awaitingReconnect && !isOver();
            awaitingReconnect = false;
        }
        if (lost) {
            report.iceRestartFailed();
            mediaLost("ICE did not connect within " + RECONNECT_WITHIN.toSeconds() + " s of the restart's answer");
        }
    }

    private void mediaLost(String detail) {
        report.iceConnectionFailed();
        fail(SessionFailureReason.MEDIA_LOST, detail);
    }

    private boolean connected() {
        return ice == RTCIceConnectionState.CONNECTED || ice == RTCIceConnectionState.COMPLETED;
    }

    private void fail(SessionFailureReason reason, String detail) {
        synchronized (this) {
            if (isOver()) {
                return;
            }
            report.failed(reason);
            moveTo(SessionState.FAILED);
        }
        LOG.log(Level.INFO, "Softphone session of contact {0} failed: {1} ({2})", contactId, reason.rtcError(), detail);
        events.failed(this, reason, detail);
        signaling.bye().whenComplete((done, failed) -> end());
    }

    private void end() {
        synchronized (this) {
            if (restartTimer != null) {
                restartTimer.cancel(false);
                restartTimer = null;
            }
        }
        AudioPeer open = peer;
        long cleanupStart = System.nanoTime();
        if (open != null) {
            open.close();
            report.timeline(open.timeline());
        }
        report.cleanedUp(System.nanoTime() - cleanupStart);
        signaling.close();
        events.ended(this, report.build(contactId, Instant.now()));
    }

    private boolean isOver() {
        return state == SessionState.DISCONNECTED || state == SessionState.FAILED;
    }

    private synchronized void moveTo(SessionState next) {
        state = next;
        if (next == SessionState.TALKING) {
            report.talking();
        }
        events.stateChanged(this, next);
    }
}
