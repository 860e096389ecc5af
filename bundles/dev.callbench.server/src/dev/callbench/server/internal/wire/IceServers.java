package dev.callbench.server.internal.wire;

import com.google.gson.JsonArray;

/**
 * The ICE servers softphones are given (RTCIceServer objects: {@code urls}, {@code username}, {@code credential}): in
 * each voice contact's {@code callConfigJson}, and in {@code CreateTransport}'s softphone answer. Credentials are
 * secrets: implementations keep them out of toString.
 */
public interface IceServers {

    /** For one voice contact: the same each time it is asked while they are valid, as every snapshot shows them. */
    JsonArray forContact(String contactId);

    /** For an agent's softphone outside any contact ({@code CreateTransport}). */
    JsonArray forAgent(String login);

    /** The same servers for everyone (a team's own TURN, or none at all). */
    static IceServers fixed(JsonArray servers) {
        return new FixedIceServers(servers.deepCopy());
    }

    /** Where the server has no relay to offer: softphones get no ICE servers, and no audio. */
    static IceServers none() {
        return fixed(new JsonArray());
    }
}
