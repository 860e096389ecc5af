package dev.callbench.server.internal.wire;

import java.math.BigDecimal;
import java.time.Instant;

import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import dev.callbench.server.internal.center.AgentState;
import dev.callbench.server.internal.center.Endpoint;
import dev.callbench.server.internal.center.Queue;

/** The small shapes the CTI wire format repeats: timestamps, agent states, queues, endpoints. */
final class WireJson {

    private WireJson() {
    }

    /** Epoch seconds with a millisecond fraction, as the real service sends: 1714060860.123. */
    static JsonPrimitive timestamp(Instant instant) {
        return new JsonPrimitive(BigDecimal.valueOf(instant.toEpochMilli(), 3));
    }

    static JsonObject state(AgentState state, Instant since) {
        JsonObject json = new JsonObject();
        json.addProperty("agentStateARN", state.arn());
        json.addProperty("type", state.type());
        json.addProperty("name", state.name());
        if (since != null) {
            json.add("startTimestamp", timestamp(since));
        }
        return json;
    }

    static JsonObject queue(Queue queue) {
        JsonObject json = new JsonObject();
        json.addProperty("queueARN", queue.arn());
        json.addProperty("name", queue.name());
        return json;
    }

    static JsonObject endpoint(Endpoint endpoint) {
        JsonObject json = new JsonObject();
        json.addProperty("endpointARN", endpoint.endpointArn());
        json.addProperty("type", endpoint.type());
        json.addProperty("name", endpoint.name());
        json.addProperty("phoneNumber", endpoint.phoneNumber());
        json.addProperty("agentLogin", endpoint.agentLogin());
        if (endpoint.queueArn() != null) {
            json.add("queue", queue(new Queue(endpoint.queueName(), endpoint.queueArn())));
        }
        return json;
    }

    static JsonObject stateType(String type, Instant since) {
        JsonObject json = new JsonObject();
        json.addProperty("type", type);
        json.add("timestamp", timestamp(since));
        return json;
    }
}
