package dev.callbench.server.internal.signaling;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.callbench.server.internal.center.SoftphoneLeg;

/** The media endpoint, as signaling sees it: it answers a softphone's offer and learns when the session ends. */
public interface MediaLegs {

    /**
     * Answers the softphone's offer for this leg with the endpoint's SDP and its gathered candidates. Completes
     * exceptionally with a {@link SignalingRefusal} when the offer cannot be answered.
     */
    CompletableFuture<SessionAnswer> answer(SoftphoneLeg leg, String offerSdp, List<IceCandidateLine> candidates);

    /**
     * Answers the softphone's ICE restart offer (an {@code invite} with {@code iceRestart}) on the leg's media,
     * with candidates gathered anew; a {@link SignalingRefusal} when the leg has no media to renegotiate.
     */
    CompletableFuture<SessionAnswer> restart(SoftphoneLeg leg, String offerSdp, List<IceCandidateLine> candidates);

    /** The softphone applied the answer ({@code accept}). */
    void accepted(SoftphoneLeg leg);

    /** The session is over, by either side's {@code bye} or because the contact ended; its media stops. */
    void ended(SoftphoneLeg leg);

    /** The endpoint's side of a session. */
    record SessionAnswer(String sdp, List<IceCandidateLine> candidates) {
        public SessionAnswer {
            candidates = List.copyOf(candidates);
        }
    }
}
