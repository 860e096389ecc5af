package dev.callbench.server.internal.wire;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** Where softphones of this contact center signal and relay: goes into each voice contact's callConfigJson. */
public record SoftphoneSettings(String signalingEndpoint, JsonArray iceServers) {

    String callConfigJson() {
        JsonObject config = new JsonObject();
        config.addProperty("signalingEndpoint", signalingEndpoint);
        config.add("iceServers", iceServers.deepCopy());
        return config.toString();
    }
}
