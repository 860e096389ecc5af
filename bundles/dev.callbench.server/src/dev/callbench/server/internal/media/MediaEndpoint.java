package dev.callbench.server.internal.media;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.callbench.media.internal.IceCandidate;
import dev.callbench.media.internal.IceServer;
import dev.callbench.media.internal.MediaFactoryPool;
import dev.callbench.media.internal.MediaFailure;
import dev.callbench.media.internal.MediaFailureException;
import dev.callbench.media.internal.SessionDescription;
import dev.callbench.server.internal.LogText;
import dev.callbench.server.internal.center.AgentSnapshot;
import dev.callbench.server.internal.center.CallerAudio;
import dev.callbench.server.internal.center.ContactCenter;
import dev.callbench.server.internal.center.SoftphoneLeg;
import dev.callbench.server.internal.signaling.IceCandidateLine;
import dev.callbench.server.internal.signaling.MediaLegs;
import dev.callbench.server.internal.signaling.SignalingError;
import dev.callbench.server.internal.signaling.SignalingRefusal;

/**
 * The local contact center's media endpoint: answers each softphone's offer with a peer of its own and mixes as
 * Amazon Connect does, following each contact in its agent's snapshots: silence while the agent's connection rings,
 * the caller cut through once the agent accepted, hold music to the caller (silence to the agent) while on hold, and
 * the agents of a consult or a conference bridged (see {@link Mixer}).
 * Native work (opening a peer, closing it) runs on the endpoint's own threads, never on the signaling thread.
 */
public final class MediaEndpoint implements MediaLegs, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(MediaEndpoint.class);
    /** SDP failures that are the offer's fault: the rest are the endpoint's. */
    private static final int IDLE_FACTORIES = 2;
    private static final Set<MediaFailure> OFFER_FAULTS = Set.of(MediaFailure.INVALID_REMOTE_SDP,
            MediaFailure.NO_REMOTE_ICE_CANDIDATE, MediaFailure.SET_REMOTE_DESCRIPTION_FAILURE);

    private final ContactCenter center;
    private final IceServersForCall iceServers;
    private final Map<String, MediaLeg> legs = new ConcurrentHashMap<>();
    private final LatestSnapshots snapshots = new LatestSnapshots();
    private final ExecutorService nativeWork = Executors.newCachedThreadPool(
            Thread.ofPlatform().daemon().name("callbench-media-endpoint-", 0).factory());
    /** Factories kept warm between calls (a few, for calls that follow one another), each for one call at a time. */
    private final MediaFactoryPool factories = new MediaFactoryPool(IDLE_FACTORIES);
    private volatile boolean closed;

    public MediaEndpoint(ContactCenter center, IceServersForCall iceServers) {
        this.center = center;
        this.iceServers = iceServers;
        center.watch(this::agentChanged);
    }

    @Override
    public CompletableFuture<SessionAnswer> answer(SoftphoneLeg leg, String offerSdp, List<IceCandidateLine> candidates) {
        if (closed) {
            return refused(SignalingError.INTERNAL, "the media endpoint is closed");
        }
        if (offerSdp == null || !offerSdp.startsWith("v=0") || candidates.isEmpty()) {
            return refused(SignalingError.INVALID_SDP, "an offer that is no SDP or has no candidate");
        }
        List<IceServer> servers = iceServers.forCall(leg);
        if (servers.isEmpty()) {
            return refused(SignalingError.INTERNAL, "no TURN server is configured in softphone.iceServers");
        }
        Optional<CallerAudio> audio = center.callerAudio(leg.contactId());
        if (audio.isEmpty()) {
            return refused(SignalingError.CALL_NOT_FOUND, "the contact ended");
        }
        MediaLeg media = new MediaLeg(leg, audio.get());
        if (legs.putIfAbsent(leg.contactId(), media) != null) {
            return refused(SignalingError.BUSY, "the contact has media already");
        }
        SessionDescription offer = offerOf(offerSdp, candidates);
        long started = System.nanoTime();
        CompletableFuture<SessionAnswer> answer;
        try {
            answer = CompletableFuture.supplyAsync(() -> {
                follow(center.snapshot(leg.agentLogin()));
                return media.answer(servers, offer, factories);
            }, nativeWork).thenCompose(future -> future).thenApply(MediaEndpoint::answerOf);
        } catch (RejectedExecutionException closing) {
            legs.remove(leg.contactId(), media);
            return refused(SignalingError.INTERNAL, "the media endpoint is closing");
        }
        return answer.whenComplete((done, failure) -> {
            if (failure == null) {
                LOG.info("Media endpoint answered contact {} in {} ms", leg.contactId(),
                        TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started));
            } else {
                LOG.info("Media endpoint could not answer contact {}: {}", leg.contactId(),
                        LogText.of(String.valueOf(causeOf(failure).getMessage())));
                drop(leg);
            }
        }).exceptionallyCompose(failure -> CompletableFuture.failedFuture(refusalOf(causeOf(failure))));
    }

    @Override
    public CompletableFuture<SessionAnswer> restart(SoftphoneLeg leg, String offerSdp, List<IceCandidateLine> candidates) {
        MediaLeg media = legs.get(leg.contactId());
        if (media == null || closed) {
            return refused(SignalingError.CALL_NOT_FOUND, "the contact has no media to restart");
        }
        if (offerSdp == null || !offerSdp.startsWith("v=0") || candidates.isEmpty()) {
            return refused(SignalingError.INVALID_SDP, "an ICE restart offer that is no SDP or has no candidate");
        }
        long started = System.nanoTime();
        CompletableFuture<SessionAnswer> answer;
        try {
            answer = CompletableFuture.supplyAsync(() -> media.restart(offerOf(offerSdp, candidates)), nativeWork)
                    .thenCompose(future -> future).thenApply(MediaEndpoint::answerOf);
        } catch (RejectedExecutionException closing) {
            return refused(SignalingError.INTERNAL, "the media endpoint is closing");
        }
        return answer.whenComplete((done, failure) -> LOG.info("Media endpoint {} the ICE restart of contact {} in {} ms",
                failure == null ? "answered" : "could not answer", leg.contactId(),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started)))
                .exceptionallyCompose(failure -> CompletableFuture.failedFuture(refusalOf(causeOf(failure))));
    }

    /**
     * Loses the contact's media as if the endpoint had crashed on it (for fault tests and demos): see
     * {@link MediaLeg#crash()}. False when no leg carries the contact.
     */
    public boolean crash(String contactId) {
        MediaLeg media = legs.get(contactId);
        if (media == null) {
            return false;
        }
        LOG.warn("Media endpoint: the media of contact {} is lost as in a crash, on request", contactId);
        media.crash();
        return true;
    }

    @Override
    public void accepted(SoftphoneLeg leg) {
        // the softphone applied the answer; ICE and the mixer need nothing from it
    }

    @Override
    public void ended(SoftphoneLeg leg) {
        drop(leg);
    }

    /** What the endpoint hears and sends on the contact's leg; empty when it carries no media for it. */
    public Optional<MediaView> view(String contactId) {
        return Optional.ofNullable(legs.get(contactId)).map(MediaLeg::view);
    }

    /** Closes every leg's peer and waits for them. */
    @Override
    public void close() {
        closed = true;
        legs.values().forEach(media -> {
            legs.remove(media.leg().contactId(), media);
            media.close();
        });
        nativeWork.shutdown();
        try {
            if (!nativeWork.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("The media endpoint's native work did not end within 10 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        factories.close();
    }

    private void drop(SoftphoneLeg leg) {
        MediaLeg media = legs.remove(leg.contactId());
        if (media == null) {
            return;
        }
        try {
            nativeWork.execute(media::close);
        } catch (RejectedExecutionException closing) {
            media.close();
        }
    }

    private void agentChanged(AgentSnapshot snapshot) {
        synchronized (snapshots) {
            if (snapshots.offer(snapshot)) {
                remix();
            }
        }
    }

    /** A new leg starts from its agent's snapshot now, unless a newer one has arrived meanwhile. */
    private void follow(AgentSnapshot now) {
        synchronized (snapshots) {
            snapshots.offer(now);
            remix();
        }
    }

    /** Every leg's mix from the newest snapshots: a change of one agent's contact can change a bridge's others. */
    private void remix() {
        Map<MediaLeg, AgentSnapshot.ContactView> views = new HashMap<>();
        legs.values().forEach(media -> snapshots.of(media.leg().agentLogin()).flatMap(snapshot -> snapshot.contacts()
                .stream().filter(contact -> contact.id().equals(media.leg().contactId())).findFirst())
                .ifPresent(view -> views.put(media, view)));
        Mixer.mixes(views).forEach(MediaLeg::mix);
    }

    private static SessionDescription offerOf(String sdp, List<IceCandidateLine> candidates) {
        return new SessionDescription(sdp, candidates.stream()
                .map(c -> new IceCandidate(c.candidate(), c.sdpMid(), c.sdpMLineIndex())).toList());
    }

    private static SessionAnswer answerOf(SessionDescription answer) {
        return new SessionAnswer(answer.sdp(), answer.candidates().stream()
                .map(c -> new IceCandidateLine(c.candidate(), c.sdpMid(), c.sdpMLineIndex())).toList());
    }

    private static Throwable causeOf(Throwable failure) {
        return failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
    }

    private static SignalingRefusal refusalOf(Throwable cause) {
        if (cause instanceof SignalingRefusal refusal) {
            return refusal;
        }
        if (cause instanceof MediaFailureException media && OFFER_FAULTS.contains(media.failure())) {
            return new SignalingRefusal(SignalingError.INVALID_SDP, media.getMessage());
        }
        return new SignalingRefusal(SignalingError.INTERNAL, String.valueOf(cause.getMessage()));
    }

    private static CompletableFuture<SessionAnswer> refused(SignalingError error, String why) {
        return CompletableFuture.failedFuture(new SignalingRefusal(error, why));
    }
}
