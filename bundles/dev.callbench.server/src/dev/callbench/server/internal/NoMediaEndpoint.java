package dev.callbench.server.internal;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import dev.callbench.server.internal.center.SoftphoneLeg;
import dev.callbench.server.internal.signaling.IceCandidateLine;
import dev.callbench.server.internal.signaling.MediaLegs;
import dev.callbench.server.internal.signaling.SignalingError;
import dev.callbench.server.internal.signaling.SignalingRefusal;

/** Where no media endpoint runs: every offer is refused with the protocol's 500, so the softphone says so. */
final class NoMediaEndpoint implements MediaLegs {

    @Override
    public CompletableFuture<SessionAnswer> answer(SoftphoneLeg leg, String offerSdp, List<IceCandidateLine> candidates) {
        return CompletableFuture.failedFuture(new SignalingRefusal(SignalingError.INTERNAL, "no media endpoint runs"));
    }

    @Override
    public void accepted(SoftphoneLeg leg) {
        // nothing carries media
    }

    @Override
    public void ended(SoftphoneLeg leg) {
        // nothing carries media
    }
}
