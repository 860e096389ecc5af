package dev.callbench.server.internal.wire;

import com.google.gson.JsonArray;

/** The same ICE servers for every contact and agent: the configured {@code softphone.iceServers}. */
final class FixedIceServers implements IceServers {

    private final JsonArray servers;

    FixedIceServers(JsonArray servers) {
        this.servers = servers;
    }

    @Override
    public JsonArray forContact(String contactId) {
        return servers.deepCopy();
    }

    @Override
    public JsonArray forAgent(String login) {
        return servers.deepCopy();
    }

    @Override
    public String toString() {
        return "FixedIceServers[" + servers.size() + " servers]";
    }
}
