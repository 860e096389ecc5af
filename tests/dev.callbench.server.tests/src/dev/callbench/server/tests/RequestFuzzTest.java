package dev.callbench.server.tests;

import static dev.callbench.server.tests.AgentSession.connection;
import static dev.callbench.server.tests.AgentSession.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.callbench.server.internal.wire.CtiException;
import dev.callbench.server.internal.wire.JsonInput;

/**
 * Random and mutated request bodies against the server's request parser and operations: never a 5xx, never a
 * hang, always a JSON answer, and afterwards the contact center still works and its snapshots still make sense.
 * Bounded in count and time; the seed makes a failure reproducible.
 */
class RequestFuzzTest extends ConnectedCallTest {

    private static final long SEED = 20_261_123L;
    private static final int HTTP_CASES = 1_500;
    private static final long TIME_BUDGET_MILLIS = 40_000;
    private static final Set<String> STATE_NAMES = Set.of("Available", "Break", "Offline", "Busy", "PendingBusy",
            "CallingCustomer", "AfterCallWork", "MissedCallAgent");


    @Test
    void theParserRefusesGarbageOnlyWithItsOwnErrors() {
        Mutator mutator = new Mutator(SEED);
        long deadline = System.currentTimeMillis() + TIME_BUDGET_MILLIS / 4;
        for (int i = 0; i < 20_000 && System.currentTimeMillis() < deadline; i++) {
            String body = mutator.mutate(seeds().get(mutator.nextInt(seeds().size())).body());
            try {
                JsonInput input = JsonInput.parse(body);
                input.optionalString("contactId");
                input.optionalLong("timeout");
                input.optionalObject("state");
            } catch (CtiException expected) {
                assertTrue(expected.type().status() >= 400 && expected.type().status() < 500, body);
            }
        }
    }

    @Test
    void mutatedRequestsGetClientErrorsAndBreakNothing() throws Exception {
        Mutator mutator = new Mutator(SEED);
        long deadline = System.currentTimeMillis() + TIME_BUDGET_MILLIS;
        int sent = 0;
        while (sent < HTTP_CASES && System.currentTimeMillis() < deadline) {
            Seed seed = seeds().get(mutator.nextInt(seeds().size()));
            String body = mutator.mutate(seed.body());
            HttpAnswer reply = bob.call(seed.operation(), body);
            assertTrue(reply.status() < 500, () -> seed.operation() + " " + body + " -> " + reply);
            JsonObject json = JsonParser.parseString(reply.body()).getAsJsonObject();
            if (reply.status() >= 400) {
                assertTrue(json.has("__type") && json.has("message"), reply::toString);
            }
            sent++;
        }
        assertTrue(sent >= 100, "enough cases ran in the time budget: " + sent);
        assertSnapshotsMakeSense(bob.snapshot());
        assertTheCenterStillWorks();
    }

    private void assertSnapshotsMakeSense(JsonObject snapshot) {
        assertTrue(STATE_NAMES.contains(AgentSession.stateName(snapshot)), snapshot::toString);
        for (JsonElement element : snapshot.getAsJsonArray("contacts")) {
            JsonObject contact = element.getAsJsonObject();
            long agentLegs = contact.getAsJsonArray("connections").asList().stream()
                    .filter(c -> c.getAsJsonObject().get("type").getAsString().equals("agent")).count();
            assertEquals(1, agentLegs, contact::toString);
            long initial = contact.getAsJsonArray("connections").asList().stream()
                    .filter(c -> c.getAsJsonObject().get("initial").getAsBoolean()).count();
            assertEquals(1, initial, contact::toString);
        }
    }

    private void assertTheCenterStillWorks() throws Exception {
        AgentSession carol = server.agent("carol", "Available");
        String next = server.placeCall("Sales");
        carol.awaitContact(next, "connecting");
        carol.ok("AcceptContact", "{\"contactId\":\"" + next + "\"}");
        JsonObject connected = carol.awaitContact(next, "connected");
        JsonObject contact = AgentSession.contact(connected, next).orElseThrow();
        carol.ok("DestroyConnection", "{\"contactId\":\"" + next + "\",\"connectionId\":\""
                + id(connection(contact, "agent")) + "\"}");
        carol.awaitContact(next, "ended");
    }

    private record Seed(String operation, String body) {
    }

    private List<Seed> seeds() {
        String contact = "\"contactId\":\"" + call + "\"";
        return List.of(
                new Seed("GetAgentSnapshot", "{\"nextToken\":\"abc-1\",\"timeout\":0}"),
                new Seed("PutAgentState", "{\"state\":{\"name\":\"Break\",\"type\":\"not_routable\"}}"),
                new Seed("HoldConnection", "{" + contact + ",\"connectionId\":\"x\"}"),
                new Seed("UpdateContactAttributes", "{" + contact + ",\"attributes\":{\"a\":\"b\"}}"),
                new Seed("SendDigits", "{" + contact + ",\"connectionId\":\"x\",\"digits\":\"123\"}"),
                new Seed("GetEndpoints", "{\"queueARNs\":[\"q\"],\"maxResults\":2,\"nextToken\":\"1\"}"),
                new Seed("CreateAdditionalConnection", "{" + contact
                        + ",\"endpoint\":{\"type\":\"phone_number\",\"phoneNumber\":\"+15555550123\"}}"),
                new Seed("GetNewAuthToken", "{\"refreshToken\":\"r\"}"),
                new Seed("SendClientLogs", "{\"logEvents\":[{\"timestamp\":1714060860,\"message\":\"m\"}]}"));
    }
}
