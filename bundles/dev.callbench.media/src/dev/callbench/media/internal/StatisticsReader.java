package dev.callbench.media.internal;

import java.util.Map;

import dev.onvoid.webrtc.RTCStats;
import dev.onvoid.webrtc.RTCStatsReport;
import dev.onvoid.webrtc.RTCStatsType;

/** Reads {@link CallStatistics} from a stats report, whose numbers come as mixed types: each is read as a Number. */
final class StatisticsReader {

    private StatisticsReader() {
    }

    static CallStatistics read(RTCStatsReport report) {
        long sent = 0;
        long received = 0;
        long lost = 0;
        double jitter = Double.NaN;
        long remoteLost = 0;
        double remoteJitter = Double.NaN;
        double roundTrip = Double.NaN;
        double pairRoundTrip = Double.NaN;
        double inboundLevel = Double.NaN;
        double outboundLevel = Double.NaN;
        for (RTCStats stats : report.getStats().values()) {
            Map<String, Object> values = stats.getAttributes();
            if (stats.getType() == RTCStatsType.OUTBOUND_RTP) {
                sent += count(values, "packetsSent");
            } else if (stats.getType() == RTCStatsType.INBOUND_RTP) {
                received += count(values, "packetsReceived");
                lost += count(values, "packetsLost");
                jitter = millis(values, "jitter");
                inboundLevel = number(values, "audioLevel");
            } else if (stats.getType() == RTCStatsType.REMOTE_INBOUND_RTP) {
                remoteLost += count(values, "packetsLost");
                remoteJitter = millis(values, "jitter");
                roundTrip = millis(values, "roundTripTime");
            } else if (stats.getType() == RTCStatsType.MEDIA_SOURCE) {
                outboundLevel = number(values, "audioLevel");
            } else if (stats.getType() == RTCStatsType.CANDIDATE_PAIR && Boolean.TRUE.equals(values.get("nominated"))) {
                pairRoundTrip = millis(values, "currentRoundTripTime");
            }
        }
        return new CallStatistics(sent, received, lost, jitter, remoteLost, remoteJitter,
                Double.isNaN(roundTrip) ? pairRoundTrip : roundTrip, inboundLevel, outboundLevel);
    }

    private static double number(Map<String, Object> values, String key) {
        return values.get(key) instanceof Number n ? n.doubleValue() : Double.NaN;
    }

    private static long count(Map<String, Object> values, String key) {
        return values.get(key) instanceof Number n ? n.longValue() : 0;
    }

    private static double millis(Map<String, Object> values, String key) {
        return number(values, key) * 1000;
    }
}
