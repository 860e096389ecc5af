package dev.callbench.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/** GetAgentSnapshot as Streams uses it: full snapshots, epoch-second timestamps, a nextToken long poll. */
class SnapshotLongPollTest extends SharedServer {


    @Test
    void firstSnapshotComesAtOnceWithTheRequiredFields() throws Exception {
        AgentSession carol = server.agent("carol", null);
        JsonObject snapshot = carol.snapshot();
        assertEquals("Offline", AgentSession.stateName(snapshot));
        assertEquals("offline", snapshot.getAsJsonObject("state").get("type").getAsString());
        assertTrue(snapshot.getAsJsonArray("contacts").isEmpty());
        double timestamp = snapshot.get("snapshotTimestamp").getAsDouble();
        double now = System.currentTimeMillis() / 1000.0;
        assertTrue(Math.abs(now - timestamp) < 60, "snapshotTimestamp is epoch seconds: " + timestamp);
        assertFalse(carol.nextToken().isEmpty());
    }

    @Test
    void aPollWithTheCurrentTokenWaitsForTheNextChange() throws Exception {
        AgentSession bob = server.agent("bob", null);
        bob.snapshot();
        String token = bob.nextToken();
        CompletableFuture<HttpAnswer> waiting = CompletableFuture.supplyAsync(() -> {
            try {
                return bob.call("GetAgentSnapshot", "{\"nextToken\":\"" + token + "\",\"timeout\":20000}");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        assertThrows(TimeoutException.class, () -> waiting.get(300, TimeUnit.MILLISECONDS),
                "the poll is held while nothing changes");
        server.client().call(bob.token(), "PutAgentState", "{\"state\":{\"name\":\"Break\",\"type\":\"not_routable\"}}");
        HttpAnswer changed = waiting.get(10, TimeUnit.SECONDS);
        assertEquals(200, changed.status());
        assertEquals("Break", AgentSession.stateName(changed.json().getAsJsonObject("snapshot")));
        assertNotEquals(token, changed.json().get("nextToken").getAsString());
    }

    @Test
    void aPollThatTimesOutAnswersWithAFreshTimestampAndTheSameToken() throws Exception {
        AgentSession carol = server.agent("carol", null);
        JsonObject first = carol.snapshot();
        String token = carol.nextToken();
        long started = System.nanoTime();
        JsonObject response = carol.ok("GetAgentSnapshot", "{\"nextToken\":\"" + token + "\",\"timeout\":300}");
        long tookMillis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
        assertTrue(tookMillis >= 250, "the poll waited for its timeout: " + tookMillis + " ms");
        assertEquals(token, response.get("nextToken").getAsString());
        assertTrue(response.getAsJsonObject("snapshot").get("snapshotTimestamp").getAsDouble()
                > first.get("snapshotTimestamp").getAsDouble());
    }

    @Test
    void anUnknownTokenIsAnsweredAtOnce() throws Exception {
        AgentSession carol = server.agent("carol", null);
        JsonObject response = carol.ok("GetAgentSnapshot", "{\"nextToken\":\"from-another-run\",\"timeout\":20000}");
        assertTrue(response.has("snapshot"));
    }

    @Test
    void everyResponseIsAFullSnapshotOfEveryContact() throws Exception {
        AgentSession alice = server.agent("alice", "Available");
        String contactId = server.placeCall("BasicQueue");
        JsonObject offered = alice.awaitContact(contactId, "connecting");
        JsonObject contact = AgentSession.contact(offered, contactId).orElseThrow();
        assertEquals("voice", contact.get("type").getAsString());
        assertEquals("PendingBusy", AgentSession.stateName(offered));
        JsonObject agentLeg = AgentSession.connection(contact, "agent");
        JsonObject media = agentLeg.getAsJsonObject("softphoneMediaInfo");
        assertEquals("audio_only", media.get("callType").getAsString());
        assertTrue(media.get("callConfigJson").getAsString().contains("signalingEndpoint"));
        JsonObject customer = AgentSession.connection(contact, "inbound");
        assertTrue(customer.get("initial").getAsBoolean());
        assertEquals("connected", AgentSession.stateType(customer));
        assertTrue(contact.getAsJsonObject("state").get("timestamp").getAsDouble() > 1.7e9);
        alice.ok("AcceptContact", "{\"contactId\":\"" + contactId + "\"}");
        JsonObject connected = alice.awaitContact(contactId, "connected");
        assertEquals(1, connected.getAsJsonArray("contacts").size());
        alice.ok("DestroyConnection", "{\"contactId\":\"" + contactId + "\",\"connectionId\":\""
                + AgentSession.id(agentLeg) + "\"}");
        alice.ok("ClearContact", "{\"contactId\":\"" + contactId + "\"}");
        alice.putState("Offline");
    }
}
