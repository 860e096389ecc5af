package dev.callbench.server.internal.wire;

import java.time.Instant;
import java.util.Map;

import com.google.gson.JsonObject;

/**
 * {@code CreateTransport}. Streams' worker calls it before it starts its long poll: Connect answers with the address
 * of its WebSocket push channel. The local contact center pushes nothing (the long poll carries every change), so the
 * address it gives names no served channel; Streams retries that socket on its own back-off while polling normally.
 * Streams' softphone calls it with {@code transportType} {@code softphone} for the ICE servers of a peer connection
 * made ahead of a contact: it gets the agent's own TURN credentials.
 */
final class TransportOperations {

    private static final long LIFETIME_SECONDS = 3_600;

    private final IceServers iceServers;

    TransportOperations(IceServers iceServers) {
        this.iceServers = iceServers;
    }

    void register(Map<String, Operation> operations) {
        operations.put("CreateTransport", this::createTransport);
    }

    private JsonObject createTransport(String login, JsonInput in) {
        JsonObject answer = new JsonObject();
        if ("softphone".equals(in.string("transportType"))) {
            JsonObject softphone = new JsonObject();
            softphone.add("softphoneMediaConnections", iceServers.forAgent(login));
            answer.add("softphoneTransport", softphone);
            return answer;
        }
        JsonObject transport = new JsonObject();
        transport.addProperty("url", "wss://127.0.0.1:1/push-channel-not-offered");
        transport.addProperty("transportLifeTimeInSeconds", LIFETIME_SECONDS);
        transport.addProperty("expiry", Instant.now().plusSeconds(LIFETIME_SECONDS).toString());
        answer.add("webSocketTransport", transport);
        return answer;
    }
}
