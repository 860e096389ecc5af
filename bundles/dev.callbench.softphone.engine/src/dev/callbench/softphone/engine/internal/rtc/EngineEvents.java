package dev.callbench.softphone.engine.internal.rtc;

import java.time.Duration;
import java.util.Optional;

import com.google.gson.JsonObject;

import dev.callbench.media.internal.CallStatistics;
import dev.callbench.media.internal.ToneReading;

/** The fields of the session events the engine sends the workbench (docs/protocol/media-engine.md). */
final class EngineEvents {

    private EngineEvents() {
    }

    /** Where levels stop: digital silence is -Infinity, which JSON cannot carry. */
    static final double SILENCE_FLOOR_DBFS = -120;

    static final String STATE = "session.state";
    static final String FAILED = "session.failed";
    static final String STATISTICS = "session.stats";
    static final String ENDED = "session.ended";
    static final String ICE_CONNECTED = "session.iceConnected";
    static final String HEARD = "session.heard";
    static final String ICE_SERVERS_NEEDED = "session.iceServersNeeded";

    static JsonObject iceConnected(String contactId) {
        return fields(contactId);
    }

    static JsonObject iceServersNeeded(String contactId) {
        return fields(contactId);
    }

    static JsonObject heard(String contactId, Optional<Double> toneHz) {
        JsonObject fields = fields(contactId);
        toneHz.ifPresent(hz -> fields.addProperty("toneHz", hz));
        return fields;
    }

    static JsonObject state(String contactId, SessionState state) {
        JsonObject event = fields(contactId);
        event.addProperty("state", state.name());
        return event;
    }

    static JsonObject failed(String contactId, SessionFailureReason reason, String detail) {
        JsonObject event = fields(contactId);
        event.addProperty("reason", reason.name());
        event.addProperty("rtcError", reason.rtcError());
        event.addProperty("softphoneErrorType", reason.softphoneErrorType());
        event.addProperty("detail", detail);
        return event;
    }

    static JsonObject statistics(String contactId, CallStatistics stats, ToneReading heard) {
        JsonObject event = fields(contactId);
        event.addProperty("packetsSent", stats.packetsSent());
        event.addProperty("packetsReceived", stats.packetsReceived());
        event.addProperty("packetsLost", stats.packetsLost());
        number(event, "jitterMillis", stats.jitterMillis());
        number(event, "roundTripMillis", stats.roundTripMillis());
        number(event, "inboundAudioLevel", stats.inboundAudioLevel());
        number(event, "outboundAudioLevel", stats.outboundAudioLevel());
        number(event, "meanOpinionScore", stats.meanOpinionScore());
        if (heard != null) {
            event.addProperty("heardLevelDbfs", Math.max(SILENCE_FLOOR_DBFS, heard.levelDbfs()));
            heard.tone().ifPresent(hz -> event.addProperty("heardToneHz", hz));
            // each tone's share of what is heard: two voices at once (a conference, a monitored call) are no one tone
            JsonObject shares = new JsonObject();
            heard.shares().forEach((hz, share) -> shares.addProperty(hzName(hz), Math.round(share * 1000) / 1000.0));
            event.add("heardShares", shares);
        }
        return event;
    }

    static JsonObject ended(SessionReport report) {
        JsonObject event = fields(report.contactId());
        JsonObject json = new JsonObject();
        json.addProperty("sessionStartTime", report.sessionStart().toEpochMilli());
        json.addProperty("sessionEndTime", report.sessionEnd().toEpochMilli());
        millis(json, "gumTimeMillis", report.gum());
        millis(json, "initializationTimeMillis", report.initialization());
        millis(json, "iceCollectionTimeMillis", report.iceCollection());
        millis(json, "signallingConnectTimeMillis", report.signallingConnect());
        millis(json, "handshakingTimeMillis", report.handshaking());
        millis(json, "preTalkingTimeMillis", report.preTalking());
        millis(json, "talkingTimeMillis", report.talking());
        millis(json, "cleanupTimeMillis", report.cleanup());
        millis(json, "firstRTPTimeMillis", report.firstRtp());
        if (report.failure() != null) {
            json.addProperty("failure", report.failure().name());
        }
        json.addProperty("iceConnectionsLost", report.iceConnectionsLost());
        json.addProperty("iceConnectionsFailed", report.iceConnectionsFailed());
        SessionReport.IceRestarts restarts = report.iceRestarts();
        json.addProperty("iceRestartAttempts", restarts.attempts());
        json.addProperty("iceRestartSuccesses", restarts.successes());
        json.addProperty("iceRestartInviteRetries", restarts.inviteRetries());
        millis(json, "iceRestartTimeMillis", restarts.lastTime());
        if (restarts.lastFailed() != null) {
            json.addProperty("iceRestartFailed", restarts.lastFailed());
        }
        event.add("report", json);
        return event;
    }

    /** 440.0 is "440": the shares' keys are the frequencies as the session was told them. */
    static String hzName(double hz) {
        return hz == Math.rint(hz) ? Long.toString((long) hz) : Double.toString(hz);
    }

    private static JsonObject fields(String contactId) {
        JsonObject fields = new JsonObject();
        fields.addProperty("contactId", contactId);
        return fields;
    }

    /** JSON has no NaN or infinity: a figure not measured yet is left out. */
    private static void number(JsonObject json, String name, double value) {
        if (Double.isFinite(value)) {
            json.addProperty(name, value);
        }
    }

    private static void millis(JsonObject json, String name, Duration duration) {
        if (duration != null) {
            json.addProperty(name, duration.toNanos() / 1e6);
        }
    }
}
