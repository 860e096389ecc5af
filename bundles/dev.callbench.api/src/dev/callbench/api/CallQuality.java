package dev.callbench.api;

import java.time.Instant;
import java.util.Objects;

/**
 * The quality of a softphone call at one moment, measured every second while the call has media. A figure not
 * measured yet (no report from the far end so far) is {@code NaN}.
 *
 * @param contactId the contact whose call this is
 * @param at when it was measured
 * @param jitterMillis the variation of the caller's packets' arrival times
 * @param packetLoss the share of the caller's packets lost, 0 to 1
 * @param roundTripMillis the network round trip to the contact center's media and back
 * @param callerLevel how loud the caller is, 0 to 1
 * @param agentLevel how loud the agent is, 0 to 1
 * @param meanOpinionScore an estimate of how the call sounds, 1 (bad) to 4.5 (excellent), from round trip, jitter
 *        and loss (a simplified E-model)
 * @since 1.1
 */
public record CallQuality(String contactId, Instant at, double jitterMillis, double packetLoss, double roundTripMillis,
        double callerLevel, double agentLevel, double meanOpinionScore) {

    public CallQuality {
        Objects.requireNonNull(contactId, "contactId");
        Objects.requireNonNull(at, "at");
    }
}
