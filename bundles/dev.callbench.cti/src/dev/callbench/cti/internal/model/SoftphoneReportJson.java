package dev.callbench.cti.internal.model;

import java.time.Duration;
import java.time.Instant;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.callbench.api.SessionFailure;
import dev.callbench.api.SessionReport;
import dev.callbench.api.SessionTimings;

/**
 * The body of {@code SendSoftphoneCallReport} as Streams' translator writes it: times in epoch seconds, durations in
 * milliseconds under its names ({@code handshakeTimeMillis}, {@code preTalkTimeMillis} ...), absent members omitted,
 * {@code ccpVersion} "V2".
 */
final class SoftphoneReportJson {

    private SoftphoneReportJson() {
    }

    static JsonObject of(SessionReport report) {
        JsonObject body = new JsonObject();
        body.addProperty("contactId", report.contactId());
        body.addProperty("ccpVersion", "V2");
        body.add("report", reportOf(report));
        return body;
    }

    private static JsonObject reportOf(SessionReport report) {
        JsonObject json = new JsonObject();
        seconds(json, "callStartTime", report.sessionStart());
        seconds(json, "callEndTime", report.sessionEnd());
        SessionTimings t = report.timings();
        millis(json, "gumTimeMillis", t.gum());
        millis(json, "initializationTimeMillis", t.initialization());
        millis(json, "iceCollectionTimeMillis", t.iceCollection());
        millis(json, "signallingConnectTimeMillis", t.signallingConnect());
        millis(json, "handshakeTimeMillis", t.handshaking());
        millis(json, "preTalkTimeMillis", t.preTalking());
        millis(json, "talkTimeMillis", t.talking());
        millis(json, "cleanupTimeMillis", t.cleanup());
        SessionFailure failure = report.failure();
        failed(json, "iceCollectionFailure", failure == SessionFailure.ICE_COLLECTION);
        failed(json, "signallingConnectionFailure", failure == SessionFailure.SIGNALLING_CONNECTION);
        failed(json, "handshakeFailure", failure == SessionFailure.HANDSHAKING);
        failed(json, "gumOtherFailure", failure == SessionFailure.GUM_OTHER);
        failed(json, "gumTimeoutFailure", failure == SessionFailure.GUM_TIMEOUT);
        failed(json, "createOfferFailure", failure == SessionFailure.CREATE_OFFER);
        failed(json, "setLocalDescriptionFailure", failure == SessionFailure.SET_LOCAL_DESCRIPTION);
        failed(json, "userBusyFailure", failure == SessionFailure.USER_BUSY);
        failed(json, "invalidRemoteSDPFailure", failure == SessionFailure.INVALID_REMOTE_SDP);
        failed(json, "noRemoteIceCandidateFailure", failure == SessionFailure.NO_REMOTE_ICE_CANDIDATE);
        failed(json, "setRemoteDescriptionFailure", failure == SessionFailure.SET_REMOTE_DESCRIPTION);
        json.add("softphoneStreamStatistics", new JsonArray());
        return json;
    }

    private static void seconds(JsonObject json, String name, Instant at) {
        if (at != null) {
            json.addProperty(name, at.toEpochMilli() / 1000.0);
        }
    }

    private static void millis(JsonObject json, String name, Duration duration) {
        if (duration != null) {
            json.addProperty(name, duration.toMillis());
        }
    }

    private static void failed(JsonObject json, String name, boolean failed) {
        json.addProperty(name, failed);
    }
}
