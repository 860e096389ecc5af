package dev.callbench.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** One signed-in agent driving the CTI service as a CTI client does, long poll included. */
final class AgentSession {

    private static final long AWAIT_MILLIS = 10_000;

    private final HttpDriver client;
    private final String login;
    private final String token;
    private final String refreshToken;
    private String nextToken;

    AgentSession(HttpDriver client, String login, String token, String refreshToken) {
        this.client = client;
        this.login = login;
        this.token = token;
        this.refreshToken = refreshToken;
    }

    String login() {
        return login;
    }

    String token() {
        return token;
    }

    String refreshToken() {
        return refreshToken;
    }

    HttpAnswer call(String operation, String body) throws IOException, InterruptedException {
        return client.call(token, operation, body);
    }

    /** Calls the operation and insists it succeeds. */
    JsonObject ok(String operation, String body) throws IOException, InterruptedException {
        HttpAnswer reply = call(operation, body);
        assertEquals(200, reply.status(), () -> operation + " failed: " + reply);
        return reply.json();
    }

    void putState(String name) throws IOException, InterruptedException {
        ok("PutAgentState", "{\"state\":{\"name\":\"" + name + "\",\"type\":\"routable\"}}");
    }

    /** The current snapshot, at once (no nextToken). */
    JsonObject snapshot() throws IOException, InterruptedException {
        JsonObject response = ok("GetAgentSnapshot", "{}");
        nextToken = response.get("nextToken").getAsString();
        return response.getAsJsonObject("snapshot");
    }

    /** Long-polls, as Streams does, until a snapshot satisfies the condition; fails after ten seconds. */
    JsonObject await(String what, Predicate<JsonObject> condition) throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + AWAIT_MILLIS;
        JsonObject snapshot = snapshot();
        while (!condition.test(snapshot)) {
            long left = deadline - System.currentTimeMillis();
            if (left <= 0) {
                fail(login + " never saw " + what + "; last snapshot: " + snapshot);
            }
            JsonObject response = ok("GetAgentSnapshot",
                    "{\"nextToken\":\"" + nextToken + "\",\"timeout\":" + Math.min(left, 2_000) + "}");
            nextToken = response.get("nextToken").getAsString();
            snapshot = response.getAsJsonObject("snapshot");
        }
        return snapshot;
    }

    /**
     * Long-polls, as Streams does, for {@code length}, and hands every snapshot the server sends meanwhile (at each
     * change, and at each poll's end) to {@code check}: what must stay true for a while.
     */
    void watch(Duration length, Consumer<JsonObject> check) throws IOException, InterruptedException {
        long end = System.nanoTime() + length.toNanos();
        check.accept(snapshot());
        for (long left = length.toMillis(); left > 0; left = TimeUnit.NANOSECONDS.toMillis(end - System.nanoTime())) {
            JsonObject response = ok("GetAgentSnapshot",
                    "{\"nextToken\":\"" + nextToken + "\",\"timeout\":" + Math.max(1, Math.min(left, 2_000)) + "}");
            nextToken = response.get("nextToken").getAsString();
            check.accept(response.getAsJsonObject("snapshot"));
        }
    }

    JsonObject awaitState(String stateName) throws IOException, InterruptedException {
        return await("state " + stateName, s -> stateName.equals(stateName(s)));
    }

    JsonObject awaitContact(String contactId, String contactState) throws IOException, InterruptedException {
        return await("contact " + contactId + " " + contactState,
                s -> contact(s, contactId).map(c -> contactState.equals(stateType(c))).orElse(false));
    }

    /** The endpointARN of the quick connect with this name, as GetEndpoints lists it for the agent's queues. */
    String quickConnectArn(String name) throws IOException, InterruptedException {
        for (JsonElement e : quickConnects()) {
            if (e.getAsJsonObject().get("name").getAsString().equals(name)) {
                return e.getAsJsonObject().get("endpointARN").getAsString();
            }
        }
        throw new AssertionError("no quick connect " + name);
    }

    /** The quick connects offered in the queues of the agent's routing profile, as Streams asks for them. */
    JsonArray quickConnects() throws IOException, InterruptedException {
        JsonObject body = new JsonObject();
        body.add("queueARNs", queueArns());
        return ok("GetEndpoints", body.toString()).getAsJsonArray("endpoints");
    }

    /** The ARNs of the queues of the agent's routing profile. */
    JsonArray queueArns() throws IOException, InterruptedException {
        String profileArn = ok("GetAgentConfiguration", "{}").getAsJsonObject("configuration")
                .getAsJsonObject("routingProfile").get("routingProfileARN").getAsString();
        JsonArray queueArns = new JsonArray();
        ok("GetRoutingProfileQueues", "{\"routingProfileARN\":\"" + profileArn + "\"}").getAsJsonArray("queues")
                .forEach(queue -> queueArns.add(queue.getAsJsonObject().get("queueARN")));
        return queueArns;
    }

    String nextToken() {
        return nextToken;
    }

    static String stateName(JsonObject snapshot) {
        return snapshot.getAsJsonObject("state").get("name").getAsString();
    }

    static String stateType(JsonObject contactOrConnection) {
        return contactOrConnection.getAsJsonObject("state").get("type").getAsString();
    }

    static Optional<JsonObject> contact(JsonObject snapshot, String contactId) {
        for (JsonElement c : snapshot.getAsJsonArray("contacts")) {
            if (c.getAsJsonObject().get("contactId").getAsString().equals(contactId)) {
                return Optional.of(c.getAsJsonObject());
            }
        }
        return Optional.empty();
    }

    /** The contact's connection of the given type (agent, inbound, outbound); the first if several. */
    static JsonObject connection(JsonObject contact, String type) {
        for (JsonElement c : contact.getAsJsonArray("connections")) {
            if (c.getAsJsonObject().get("type").getAsString().equals(type)) {
                return c.getAsJsonObject();
            }
        }
        throw new AssertionError("no " + type + " connection in " + contact);
    }

    /** The contact's third party: an outbound leg that is not the customer's; null if there is none. */
    static JsonObject thirdParty(JsonObject contact) {
        for (JsonElement c : contact.getAsJsonArray("connections")) {
            JsonObject leg = c.getAsJsonObject();
            if (leg.get("type").getAsString().equals("outbound") && !leg.get("initial").getAsBoolean()) {
                return leg;
            }
        }
        return null;
    }

    static String id(JsonObject connection) {
        return connection.get("connectionId").getAsString();
    }
}
