package dev.callbench.server.internal.wire;

import java.time.Instant;
import java.util.Map;
import java.util.function.UnaryOperator;

import com.google.gson.JsonObject;

/**
 * {@code CreateTransport}. Streams' worker calls it before it starts its long poll: Connect answers with the address
 * of its WebSocket push channel, here the agent's push channel with a secret of its own (see PushChannel). Streams'
 * softphone calls it with {@code transportType} {@code softphone} for the ICE servers of a peer connection
 * made ahead of a contact: it gets the agent's own TURN credentials.
 */
final class TransportOperations {

    private static final long LIFETIME_SECONDS = 3_600;

    private final IceServers iceServers;
    private final UnaryOperator<String> pushAddress;

    /** pushAddress gives the address of an agent's push channel, by login. */
    TransportOperations(IceServers iceServers, UnaryOperator<String> pushAddress) {
        this.iceServers = iceServers;
        this.pushAddress = pushAddress;
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
        transport.addProperty("url", pushAddress.apply(login));
        transport.addProperty("transportLifeTimeInSeconds", LIFETIME_SECONDS);
        transport.addProperty("expiry", Instant.now().plusSeconds(LIFETIME_SECONDS).toString());
        answer.add("webSocketTransport", transport);
        return answer;
    }
}
