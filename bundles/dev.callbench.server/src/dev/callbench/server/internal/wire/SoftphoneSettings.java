package dev.callbench.server.internal.wire;

import com.google.gson.JsonObject;

/** Where softphones of this contact center signal and relay: goes into each voice contact's callConfigJson. */
public record SoftphoneSettings(String signalingEndpoint, IceServers iceServers) {

    String callConfigJson(String contactId) {
        JsonObject config = new JsonObject();
        config.addProperty("signalingEndpoint", signalingEndpoint);
        config.add("iceServers", iceServers.forContact(contactId));
        return config.toString();
    }
}
