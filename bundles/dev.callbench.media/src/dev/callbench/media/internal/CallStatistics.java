package dev.callbench.media.internal;

/**
 * A call's media numbers at one moment, from libwebrtc's {@code getStats}. "Inbound" is the far end's audio as this
 * side receives it (connect-rtc-js' {@code audio_input}), "outbound" this side's audio ({@code audio_output}). A
 * number not measured yet (no RTCP report back, no packet) is {@code NaN}, a count not measured yet 0.
 *
 * @param packetsSent outbound-rtp packetsSent
 * @param packetsReceived inbound-rtp packetsReceived
 * @param packetsLost inbound-rtp packetsLost
 * @param jitterMillis inbound-rtp jitter
 * @param remotePacketsLost remote-inbound-rtp packetsLost: this side's packets the far end missed
 * @param remoteJitterMillis remote-inbound-rtp jitter: as the far end receives this side
 * @param roundTripMillis remote-inbound-rtp roundTripTime, else the nominated candidate pair's currentRoundTripTime
 * @param inboundAudioLevel inbound-rtp audioLevel, 0 to 1
 * @param outboundAudioLevel media-source audioLevel, 0 to 1
 */
public record CallStatistics(long packetsSent, long packetsReceived, long packetsLost, double jitterMillis,
        long remotePacketsLost, double remoteJitterMillis, double roundTripMillis, double inboundAudioLevel,
        double outboundAudioLevel) {

    /** Lost packets as a share of those expected, 0 to 1 (connect-rtc-js' packetLossPercentage is this fraction). */
    public double inboundLoss() {
        long expected = packetsReceived + packetsLost;
        return expected == 0 ? 0 : (double) Math.max(0, packetsLost) / expected;
    }

    /** Estimated from the round trip, the inbound jitter and loss, see {@link MeanOpinionScore}. */
    public double meanOpinionScore() {
        return MeanOpinionScore.estimate(roundTripMillis, jitterMillis, inboundLoss());
    }
}
