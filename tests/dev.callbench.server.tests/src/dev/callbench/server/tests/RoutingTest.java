package dev.callbench.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * Who gets a call: the longest-idle routable agent serving the queue; a missed or rejected call goes back to the queue
 * and stays, missed or rejected, with the agent until they clear it.
 */
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

    /** Offers a Sales call to the agent, who accepts it. */
    private String acceptedCall(AgentSession agent) throws Exception {
        String call = offer(agent);
        agent.ok("AcceptContact", "{\"contactId\":\"" + call + "\"}");
        return call;
    }

    /** Picks the state as Streams does on a call: as the next state. */
    private static void enqueue(AgentSession agent, String state) throws Exception {
        agent.ok("PutAgentState", "{\"state\":{\"name\":\"" + state + "\"},\"enqueueNextState\":true}");
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
    void aMissedCallIsAnErrorContactThatPutsTheAgentInMissedCallAgentAndGoesToTheNextAgent() throws Exception {
        AgentSession bob = server.available("bob");
        AgentSession carol = server.available("carol");
        String call = offer(bob);

        // as Connect sends a missed voice call: contact error, the customer still on the line, the agent's leg gone
        JsonObject missed = bob.awaitContact(call, "error");
        assertEquals("MissedCallAgent", AgentSession.stateName(missed));
        assertEquals("error", missed.getAsJsonObject("state").get("type").getAsString());
        JsonObject copy = AgentSession.contact(missed, call).orElseThrow();
        assertEquals("connected", AgentSession.stateType(AgentSession.connection(copy, "inbound")));
        assertEquals("disconnected", AgentSession.stateType(AgentSession.connection(copy, "agent")));
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
        String call = acceptedCall(bob);
        enqueue(bob, "Break");
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
    void aPlainStateChangeDuringALiveContactIsRefusedAsConnectRefusesIt() throws Exception {
        AgentSession bob = server.agent("bob", "Available");
        String call = offer(bob);
        HttpAnswer ringing = bob.call("PutAgentState", "{\"state\":{\"name\":\"Break\"},\"enqueueNextState\":false}");
        assertEquals(409, ringing.status(), ringing.toString());
        assertEquals("InvalidStateException", ringing.json().get("__type").getAsString());
        assertEquals("Cannot change agent state: Invalid agent or contact state.",
                ringing.json().get("message").getAsString());
        bob.ok("AcceptContact", "{\"contactId\":\"" + call + "\"}");
        bob.awaitContact(call, "connected");
        assertEquals(409, bob.call("PutAgentState", "{\"state\":{\"name\":\"Break\"}}").status(),
                "without enqueueNextState, on a call");
        JsonObject still = bob.snapshot();
        assertEquals("Available", still.getAsJsonObject("agentAvailabilityState").get("state").getAsString());
        assertFalse(still.has("nextState"), "a refused request changes nothing");
    }

    @Test
    void aStateEnqueuedInAfterCallWorkAppliesWhenTheContactIsClearedAndTheOwnStateTakesItBack() throws Exception {
        AgentSession bob = server.agent("bob", "Available");
        String call = acceptedCall(bob);
        enqueue(bob, "Offline");
        bob.await("next state Offline", s -> s.has("nextState"));
        enqueue(bob, "Available");
        bob.await("next state taken back", s -> !s.has("nextState"));

        server.client().hangUp(call);
        bob.awaitContact(call, "ended");
        enqueue(bob, "Break");
        JsonObject acw = bob.await("next state Break in after-call work", s -> s.has("nextState"));
        assertEquals("AfterCallWork", AgentSession.stateName(acw));
        assertEquals("Break", acw.getAsJsonObject("nextState").get("name").getAsString());
        assertEquals("Available", acw.getAsJsonObject("agentAvailabilityState").get("state").getAsString());

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
    void aCallerWhoHangsUpWhileTheCallIsOfferedLeavesItRejectedAndIsNeverOfferedAgain() throws Exception {
        AgentSession bob = server.available("bob");
        AgentSession carol = server.available("carol");
        String call = offer(bob);
        assertEquals(200, server.client().hangUp(call).status());
        JsonObject abandoned = bob.awaitContact(call, "rejected");
        assertEquals("MissedCallAgent", AgentSession.stateName(abandoned));
        JsonObject copy = AgentSession.contact(abandoned, call).orElseThrow();
        copy.getAsJsonArray("connections").forEach(leg -> assertEquals("disconnected",
                AgentSession.stateType(leg.getAsJsonObject()), "every leg of the abandoned call is gone"));

        // past the time at which the offer would have been missed, the call never comes back to anyone
        bob.watch(Duration.ofMillis(2 * OFFER_TIMEOUT_MILLIS), snapshot -> assertEquals("rejected",
                AgentSession.contact(snapshot, call).map(AgentSession::stateType).orElse("gone"),
                "the call came back to bob: " + snapshot));
        assertTrue(AgentSession.contact(carol.snapshot(), call).isEmpty(), "the call went to carol");
        assertEquals(404, server.client().hangUp(call).status(), "the abandoned call is gone");

        bob.ok("ClearContact", "{\"contactId\":\"" + call + "\"}");
        assertTrue(bob.awaitState("Available").getAsJsonArray("contacts").isEmpty());
    }

    @Test
    void aRejectedCallStaysRejectedWithTheAgentAndGoesToAnotherAgent() throws Exception {
        AgentSession bob = server.available("bob");
        AgentSession carol = server.available("carol");
        String call = offer(bob);
        bob.ok("RejectContact", "{\"contactId\":\"" + call + "\"}");
        carol.awaitContact(call, "connecting");
        JsonObject rejected = bob.awaitContact(call, "rejected");
        assertEquals("MissedCallAgent", AgentSession.stateName(rejected));
        assertEquals("error", rejected.getAsJsonObject("state").get("type").getAsString());
        JsonObject copy = AgentSession.contact(rejected, call).orElseThrow();
        assertEquals("disconnected", AgentSession.stateType(AgentSession.connection(copy, "agent")));
        assertEquals("connected", AgentSession.stateType(AgentSession.connection(copy, "inbound")),
                "the caller is still on the line, with carol now");

        bob.ok("ClearContact", "{\"contactId\":\"" + call + "\"}");
        JsonObject cleared = bob.awaitState("Available");
        assertTrue(cleared.getAsJsonArray("contacts").isEmpty());
    }

    @Test
    void aRejectedCallIsNotOfferedStraightBackToTheAgentWhoRefusedIt() throws Exception {
        AgentSession bob = server.available("bob");
        String call = offer(bob);
        bob.ok("RejectContact", "{\"contactId\":\"" + call + "\"}");
        bob.awaitContact(call, "rejected");
        bob.watch(Duration.ofMillis(OFFER_TIMEOUT_MILLIS), snapshot -> assertEquals("rejected",
                AgentSession.contact(snapshot, call).map(AgentSession::stateType).orElse("gone"),
                "offered straight back: " + snapshot));
        assertEquals(1, server.client().get("/admin/health", Map.of()).json().get("waitingContacts").getAsInt(), "the call waits in queue");

        // cleared, bob is Available first, then the call, still waiting, is offered to him again
        bob.ok("ClearContact", "{\"contactId\":\"" + call + "\"}");
        bob.awaitContact(call, "connecting");
    }

    @Test
    void goingAvailableWithACallWaitingShowsAvailableBeforeTheOffer() throws Exception {
        AgentSession bob = server.agent("bob", null);
        String call = server.placeCall("Sales");
        bob.snapshot();
        // a long poll parked on bob's current snapshot gets the first change: Available, with no offer yet
        CompletableFuture<JsonObject> next = CompletableFuture.supplyAsync(() -> {
            try {
                return bob.ok("GetAgentSnapshot", "{\"nextToken\":\"" + bob.nextToken() + "\",\"timeout\":5000}");
            } catch (IOException | InterruptedException e) {
                throw new IllegalStateException(e);
            }
        });
        Thread.sleep(300);
        bob.putState("Available");
        JsonObject first = next.get(10, TimeUnit.SECONDS).getAsJsonObject("snapshot");
        assertEquals("Available", AgentSession.stateName(first));
        assertTrue(first.getAsJsonArray("contacts").isEmpty(), "Offline -> PendingBusy in one step: " + first);
        assertEquals("PendingBusy", AgentSession.stateName(bob.awaitContact(call, "connecting")));
    }
}
