package dev.callbench.api;

import java.time.Instant;
import java.util.Objects;

/**
 * Statistics of one audio stream of a softphone call, as connect-rtc-js reports them.
 * <p>
 * <b>Not produced yet:</b> Callbench 0.1's softphone only loads its media engine; calls carry this from
 * Callbench 0.2 on.
 *
 * @param streamType which stream: {@code audio_input} (the customer, heard by the agent) or {@code audio_output}
 *        (the agent, sent to the customer)
 * @param timestamp when the figures were taken
 * @param packetsCount packets received or sent
 * @param packetsLost packets lost on the way
 * @param audioLevel the audio level, 0 to 1; {@code null} if not measured
 * @param roundTripMillis the round-trip time from RTCP reports; {@code null} if not measured
 * @param jitterBufferMillis the jitter (variance of packet arrival times); {@code null} if not measured
 * @param bytesSent bytes sent
 * @param bytesReceived bytes received
 */
public record RtpStreamStats(String streamType, Instant timestamp, long packetsCount, long packetsLost,
        Double audioLevel, Long roundTripMillis, Long jitterBufferMillis, long bytesSent, long bytesReceived) {

    public RtpStreamStats {
        Objects.requireNonNull(streamType, "streamType");
        Objects.requireNonNull(timestamp, "timestamp");
    }

    /** The share of packets lost, 0 to 1. */
    public double packetLossRatio() {
        return packetsCount > 0 ? (double) packetsLost / packetsCount : 0;
    }
}
