package dev.callbench.softphone.engine.internal.rtc;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import dev.callbench.media.internal.AudioPeer;
import dev.callbench.media.internal.AudioPeerConfig;
import dev.callbench.media.internal.CallStatistics;
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
    }

    private static final System.Logger LOG = System.getLogger(RtcSession.class.getName());

    private final String contactId;
    private final AudioPeerConfig peerConfig;
    private final PcmSource outgoing;
    private final Events events;
    private final SignalingClient signaling;
    private final SessionReport.Builder report = new SessionReport.Builder();
    private volatile AudioPeer peer;
    private SessionState state;

    public RtcSession(String contactId, URI signalingEndpoint, String callContextToken, AudioPeerConfig peerConfig,
            PcmSource outgoing, Events events) {
        this.contactId = contactId;
        this.peerConfig = peerConfig;
        this.outgoing = outgoing;
        this.events = events;
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
            peer = AudioPeer.open(peerConfig);
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

    private void iceState(RTCIceConnectionState ice) {
        switch (ice) {
            case DISCONNECTED -> report.iceConnectionLost();
            case FAILED -> report.iceConnectionFailed();
            default -> {
                // the other states change nothing in the report
            }
        }
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
