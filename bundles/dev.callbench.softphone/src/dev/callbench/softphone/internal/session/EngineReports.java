package dev.callbench.softphone.internal.session;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.callbench.api.CallQuality;
import dev.callbench.api.SessionFailure;
import dev.callbench.api.SessionReport;
import dev.callbench.api.SessionTimings;

/** Reads the engine's session events (docs/protocol/media-engine.md) into the API's records. */
final class EngineReports {

    private EngineReports() {
    }

    static SessionReport report(String contactId, JsonObject report) {
        SessionTimings timings = new SessionTimings(millis(report, "gumTimeMillis"),
                millis(report, "initializationTimeMillis"), millis(report, "iceCollectionTimeMillis"),
                millis(report, "signallingConnectTimeMillis"), millis(report, "handshakingTimeMillis"),
                millis(report, "preTalkingTimeMillis"), millis(report, "talkingTimeMillis"),
                millis(report, "cleanupTimeMillis"), millis(report, "firstRTPTimeMillis"));
        return new SessionReport(contactId, Instant.ofEpochMilli(report.get("sessionStartTime").getAsLong()),
                Instant.ofEpochMilli(report.get("sessionEndTime").getAsLong()), timings,
                failure(text(report, "failure")), report.get("iceConnectionsLost").getAsInt(),
                report.get("iceConnectionsFailed").getAsBoolean(), List.of());
    }

    static CallQuality quality(String contactId, JsonObject stats, Instant at) {
        double received = number(stats, "packetsReceived");
        double lost = number(stats, "packetsLost");
        double loss = received + lost > 0 ? Math.max(0, lost) / (received + lost) : 0;
        return new CallQuality(contactId, at, number(stats, "jitterMillis"), loss, number(stats, "roundTripMillis"),
                number(stats, "inboundAudioLevel"), number(stats, "outboundAudioLevel"),
                number(stats, "meanOpinionScore"));
    }

    /** The set-up stage that failed; none for media lost during the call (the report says iceConnectionsFailed). */
    private static SessionFailure failure(String reason) {
        if (reason == null || "MEDIA_LOST".equals(reason)) {
            return null;
        }
        return switch (reason) {
            case "ICE_COLLECTION_TIMEOUT" -> SessionFailure.ICE_COLLECTION;
            case "USER_BUSY" -> SessionFailure.USER_BUSY;
            case "SIGNALLING_CONNECTION_FAILURE" -> SessionFailure.SIGNALLING_CONNECTION;
            case "GUM_OTHER_FAILURE" -> SessionFailure.GUM_OTHER;
            case "CREATE_OFFER_FAILURE" -> SessionFailure.CREATE_OFFER;
            case "SET_LOCAL_DESCRIPTION_FAILURE" -> SessionFailure.SET_LOCAL_DESCRIPTION;
            case "SET_REMOTE_DESCRIPTION_FAILURE" -> SessionFailure.SET_REMOTE_DESCRIPTION;
            case "INVALID_REMOTE_SDP" -> SessionFailure.INVALID_REMOTE_SDP;
            case "NO_REMOTE_ICE_CANDIDATE" -> SessionFailure.NO_REMOTE_ICE_CANDIDATE;
            default -> SessionFailure.HANDSHAKING;
        };
    }

    private static Duration millis(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value == null ? null : Duration.ofNanos(Math.round(value.getAsDouble() * 1e6));
    }

    private static double number(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value == null ? Double.NaN : value.getAsDouble();
    }

    static String text(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }
}
