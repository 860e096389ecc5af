package dev.callbench.server.internal.signaling;

import java.util.List;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.callbench.server.internal.wire.CtiException;
import dev.callbench.server.internal.wire.JsonInput;

/**
 * One JSON-RPC 2.0 object per text frame, both ways. Incoming frames are read strictly (as CTI requests are); a
 * frame with a {@code method} is a request or notification, one without is a response to the server's own request.
 */
record RpcFrame(String id, String method, JsonInput params) {

    private static final Gson GSON = new GsonBuilder().serializeNulls().create();

    static RpcFrame parse(String text) {
        try {
            JsonInput frame = JsonInput.parse(text);
            JsonInput params = frame.optionalObject("params");
            return new RpcFrame(frame.optionalString("id"), frame.optionalString("method"),
                    params != null ? params : JsonInput.parse("{}"));
        } catch (CtiException e) {
            throw new SignalingRefusal(SignalingError.BAD_REQUEST, e.getMessage());
        }
    }

    boolean isResponse() {
        return method == null;
    }

    static String result(String id, JsonObject result) {
        JsonObject frame = envelope(id);
        frame.add("result", result);
        return GSON.toJson(frame);
    }

    static String error(String id, SignalingError error) {
        JsonObject detail = new JsonObject();
        detail.addProperty("code", error.code());
        detail.addProperty("message", error.message());
        JsonObject frame = envelope(id);
        frame.add("error", detail);
        return GSON.toJson(frame);
    }

    static String request(String method, String id, JsonObject params) {
        JsonObject frame = envelope(id);
        frame.addProperty("method", method);
        frame.add("params", params);
        return GSON.toJson(frame);
    }

    static String notification(String method, JsonObject params) {
        JsonObject frame = new JsonObject();
        frame.addProperty("jsonrpc", "2.0");
        frame.addProperty("method", method);
        frame.add("params", params);
        return GSON.toJson(frame);
    }

    static JsonObject answer(MediaLegs.SessionAnswer answer) {
        JsonObject result = new JsonObject();
        result.addProperty("sdp", answer.sdp());
        result.add("candidates", candidates(answer.candidates()));
        return result;
    }

    private static JsonArray candidates(List<IceCandidateLine> lines) {
        JsonArray array = new JsonArray();
        for (IceCandidateLine line : lines) {
            JsonObject candidate = new JsonObject();
            candidate.addProperty("candidate", line.candidate());
            candidate.addProperty("sdpMid", line.sdpMid());
            candidate.addProperty("sdpMLineIndex", line.sdpMLineIndex());
            array.add(candidate);
        }
        return array;
    }

    /** The offer's candidates; each needs its line and the media section it belongs to. */
    static List<IceCandidateLine> candidatesOf(JsonInput params) {
        try {
            return params.objectList("candidates").stream().map(c -> new IceCandidateLine(c.string("candidate"),
                    c.optionalString("sdpMid"), lineIndex(c))).toList();
        } catch (CtiException e) {
            throw new SignalingRefusal(SignalingError.BAD_REQUEST, e.getMessage());
        }
    }

    /** A boolean parameter, false when absent or null. */
    static boolean flag(JsonInput params, String name) {
        try {
            return params.optionalBoolean(name);
        } catch (CtiException e) {
            throw new SignalingRefusal(SignalingError.BAD_REQUEST, e.getMessage());
        }
    }

    private static int lineIndex(JsonInput candidate) {
        Long index = candidate.optionalLong("sdpMLineIndex");
        if (index == null && candidate.optionalString("sdpMid") == null) {
            throw new SignalingRefusal(SignalingError.BAD_REQUEST, "a candidate names neither sdpMid nor sdpMLineIndex");
        }
        return index == null ? 0 : Math.toIntExact(Math.max(0, Math.min(index, 64)));
    }

    private static JsonObject envelope(String id) {
        JsonObject frame = new JsonObject();
        frame.addProperty("jsonrpc", "2.0");
        frame.addProperty("id", id);
        return frame;
    }
}
