package dev.callbench.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/** Who gets a call: the longest-idle routable agent serving the queue; a missed call goes back to the queue. */
class RoutingTest {

    private static final long OFFER_TIMEOUT_MILLIS = 1500;

    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start("{\"offerTimeoutMillis\": " + OFFER_TIMEOUT_MILLIS + ", \"outboundAnswerMillis\": 50}",
                "");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Places a Sales call and waits until it is offered to the agent. */
    private String offer(AgentSession agent) throws Exception {
        String contactId = server.placeCall("Sales");
        agent.awaitContact(contactId, "connecting");
        return contactId;
    }

    @Test
    void theLongestIdleAgentGetsTheCall() throws Exception {
        AgentSession bob = server.available("bob");
        AgentSession carol = server.available("carol");

        String first = offer(bob);
        String second = offer(carol);
        JsonObject bobs = bob.snapshot();
        assertTrue(AgentSession.contact(bobs, first).isPresent() && AgentSession.contact(bobs, second).isEmpty(),
                "bob, idle longest, got the first call; the second went to carol");
    }

    @Test
    void onlyAgentsWhoseProfileServesTheQueueGetItsCalls() throws Exception {
        AgentSession alice = server.available("alice");
        AgentSession bob = server.available("bob");

        offer(bob); // bob, whose profile serves Sales, is offered the call
        assertTrue(alice.snapshot().getAsJsonArray("contacts").isEmpty(), "alice's profile does not serve Sales");
    }

    @Test
    void aCallWaitsInQueueUntilAnAgentBecomesAvailable() throws Exception {
        AgentSession bob = server.agent("bob", null);
        String call = server.placeCall("Sales");
        assertTrue(bob.snapshot().getAsJsonArray("contacts").isEmpty(), "bob is offline");
        bob.putState("Available");
        bob.awaitContact(call, "connecting");
    }

    @Test
    void aMissedCallPutsTheAgentInMissedCallAgentAndGoesToTheNextAgent() throws Exception {
        AgentSession bob = server.available("bob");
        AgentSession carol = server.available("carol");
        String call = offer(bob);

        JsonObject missed = bob.awaitContact(call, "missed");
        assertEquals("MissedCallAgent", AgentSession.stateName(missed));
        assertEquals("error", missed.getAsJsonObject("state").get("type").getAsString());
        carol.awaitContact(call, "connecting");

        bob.ok("ClearContact", "{\"contactId\":\"" + call + "\"}");
        JsonObject cleared = bob.awaitState("Available");
        assertTrue(cleared.getAsJsonArray("contacts").isEmpty());
    }

    @Test
    void afterHangUpTheAgentIsInAfterCallWorkUntilTheContactIsCleared() throws Exception {
        AgentSession bob = server.agent("bob", "Available");
        String call = offer(bob);
        bob.ok("AcceptContact", "{\"contactId\":\"" + call + "\"}");
        assertEquals("Busy", AgentSession.stateName(bob.awaitContact(call, "connected")));

        server.client().hangUp(call);
        JsonObject acw = bob.awaitContact(call, "ended");
        assertEquals("AfterCallWork", AgentSession.stateName(acw));
        String another = server.placeCall("Sales");
        assertEquals(1, bob.snapshot().getAsJsonArray("contacts").size(), "no new call during after-call work");

        bob.ok("ClearContact", "{\"contactId\":\"" + call + "\"}");
        bob.awaitContact(another, "connecting");
    }

    @Test
    void aStateEnqueuedDuringACallAppliesWhenTheContactIsCleared() throws Exception {
        AgentSession bob = server.agent("bob", "Available");
        String call = offer(bob);
        bob.ok("AcceptContact", "{\"contactId\":\"" + call + "\"}");
        bob.ok("PutAgentState", "{\"state\":{\"name\":\"Break\",\"type\":\"not_routable\"},\"enqueueNextState\":true}");
        JsonObject busy = bob.await("next state Break", s -> s.has("nextState"));
        assertEquals("Break", busy.getAsJsonObject("nextState").get("name").getAsString());
        assertEquals("Busy", AgentSession.stateName(busy));

        server.client().hangUp(call);
        bob.awaitContact(call, "ended");
        bob.ok("ClearContact", "{\"contactId\":\"" + call + "\"}");
        JsonObject onBreak = bob.awaitState("Break");
        assertFalse(onBreak.has("nextState"));
    }

    @Test
    void aCallerWhoHangsUpWhileQueuedLeavesTheQueue() throws Exception {
        String call = server.placeCall("Sales");
        assertEquals(200, server.client().hangUp(call).status());
        AgentSession bob = server.agent("bob", "Available");
        assertTrue(bob.awaitState("Available").getAsJsonArray("contacts").isEmpty());
        assertEquals(404, server.client().hangUp(call).status(), "the abandoned call is gone");
    }

    @Test
    void aCallerWhoHangsUpWhileTheCallIsOfferedIsNeverOfferedAgain() throws Exception {
        AgentSession bob = server.available("bob");
        AgentSession carol = server.available("carol");
        String call = offer(bob);
        assertEquals(200, server.client().hangUp(call).status());
        bob.await("the withdrawn offer is gone", s -> AgentSession.contact(s, call).isEmpty());

        // past the time at which the offer would have been missed, the call never comes back to anyone
        bob.watch(Duration.ofMillis(2 * OFFER_TIMEOUT_MILLIS), snapshot -> assertTrue(
                AgentSession.contact(snapshot, call).isEmpty(), "the call came back to bob: " + snapshot));
        assertTrue(AgentSession.contact(carol.snapshot(), call).isEmpty(), "the call went to carol");
        assertEquals(404, server.client().hangUp(call).status(), "the abandoned call is gone");
    }

    @Test
    void aRejectedCallGoesToAnotherAgent() throws Exception {
        AgentSession bob = server.available("bob");
        AgentSession carol = server.available("carol");
        String call = offer(bob);
        bob.ok("RejectContact", "{\"contactId\":\"" + call + "\"}");
        carol.awaitContact(call, "connecting");
        assertEquals("Available", AgentSession.stateName(bob.snapshot()));
    }
}
