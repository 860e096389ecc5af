package dev.callbench.server.internal.wire;

import java.time.Instant;
import java.util.Map;

import com.google.gson.JsonObject;

/**
 * {@code CreateTransport}, which Streams' worker calls before it starts its long poll: Connect answers with
 * the address of its WebSocket push channel. The local contact center pushes nothing (the long poll carries
 * every change), so the address it gives names no served channel; Streams retries that socket on its own
 * back-off while polling normally.
 */
final class TransportOperations {

    private static final long LIFETIME_SECONDS = 3_600;

    void register(Map<String, Operation> operations) {
        operations.put("CreateTransport", this::createTransport);
    }

    private JsonObject createTransport(String login, JsonInput in) {
        in.string("transportType");
        JsonObject transport = new JsonObject();
        transport.addProperty("url", "wss://127.0.0.1:1/push-channel-not-offered");
        transport.addProperty("transportLifeTimeInSeconds", LIFETIME_SECONDS);
        transport.addProperty("expiry", Instant.now().plusSeconds(LIFETIME_SECONDS).toString());
        JsonObject answer = new JsonObject();
        answer.add("webSocketTransport", transport);
        return answer;
    }
}
