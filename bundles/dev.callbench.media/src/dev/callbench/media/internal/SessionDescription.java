package dev.callbench.media.internal;

import java.util.List;

/**
 * What one side sends the other, once: its SDP and every candidate it gathered (the protocol has no trickle ICE:
 * an {@code invite} carries the offer and its candidates, its result the answer and its candidates).
 */
public record SessionDescription(String sdp, List<IceCandidate> candidates) {

    public SessionDescription {
        candidates = List.copyOf(candidates);
    }
}
