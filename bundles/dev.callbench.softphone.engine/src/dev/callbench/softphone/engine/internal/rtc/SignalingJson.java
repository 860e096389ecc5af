package dev.callbench.softphone.engine.internal.rtc;

import java.util.ArrayList;
import java.util.List;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.callbench.media.internal.IceCandidate;

/** The JSON of the signaling protocol's frames: lenient where connect-rtc-js is (codes may be strings). */
final class SignalingJson {

    private SignalingJson() {
    }

    static String request(String method, String id, JsonObject params) {
        JsonObject frame = new JsonObject();
        frame.addProperty("jsonrpc", "2.0");
        frame.addProperty("method", method);
        frame.addProperty("id", id);
        frame.add("params", params);
        return frame.toString();
    }

    static JsonArray candidates(List<IceCandidate> candidates) {
        JsonArray array = new JsonArray();
        for (IceCandidate c : candidates) {
            JsonObject json = new JsonObject();
            json.addProperty("candidate", c.candidate());
            json.addProperty("sdpMid", c.sdpMid());
            json.addProperty("sdpMLineIndex", c.sdpMLineIndex());
            array.add(json);
        }
        return array;
    }

    /** The answer's candidates; entries without a candidate line are left out (the session then finds none). */
    static List<IceCandidate> candidatesOf(JsonObject result) {
        JsonElement array = result.get("candidates");
        List<IceCandidate> candidates = new ArrayList<>();
        if (array == null || !array.isJsonArray()) {
            return candidates;
        }
        for (JsonElement e : array.getAsJsonArray()) {
            if (e.isJsonObject() && text(e.getAsJsonObject(), "candidate") != null) {
                JsonObject c = e.getAsJsonObject();
                candidates.add(new IceCandidate(text(c, "candidate"), text(c, "sdpMid"), lineIndex(text(c, "sdpMLineIndex"))));
            }
        }
        return candidates;
    }

    private static int lineIndex(String index) {
        try {
            return index == null ? 0 : (int) Double.parseDouble(index);
        } catch (NumberFormatException notANumber) {
            return 0;
        }
    }

    static JsonObject object(JsonObject parent, String name) {
        JsonElement e = parent == null ? null : parent.get(name);
        return e != null && e.isJsonObject() ? e.getAsJsonObject() : null;
    }

    /** A string or number member as text; null when absent or of another kind. */
    static String text(JsonObject parent, String name) {
        JsonElement e = parent == null ? null : parent.get(name);
        return e != null && e.isJsonPrimitive() ? e.getAsString() : null;
    }
}
