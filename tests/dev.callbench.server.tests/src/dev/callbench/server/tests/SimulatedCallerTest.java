package dev.callbench.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/** Callers placed through the admin API behave as told: they talk for a while, or give up waiting. */
class SimulatedCallerTest extends SharedServer {

    @Test
    void aCallerHangsUpAfterTheirTalkTime() throws Exception {
        AgentSession bob = server.available("bob");
        String call = server.client().placeCall("{\"queue\":\"Sales\",\"talkSeconds\":1,\"callerName\":\"Dana\","
                + "\"attributes\":{\"account\":\"AC-10042\"}}");
        bob.awaitContact(call, "connecting");
        bob.ok("AcceptContact", "{\"contactId\":\"" + call + "\"}");
        JsonObject ended = bob.awaitContact(call, "ended");
        assertEquals("AfterCallWork", AgentSession.stateName(ended));
        bob.ok("ClearContact", "{\"contactId\":\"" + call + "\"}");
        bob.putState("Offline");
    }

    @Test
    void aCallerWhoGivesUpWhileRingingLeavesTheContactRejectedWithTheAgent() throws Exception {
        AgentSession carol = server.available("carol");
        String call = server.client().placeCall("{\"queue\":\"Sales\",\"patienceSeconds\":1}");
        carol.awaitContact(call, "connecting");
        // Connect's REJECTED: "the customer abandoned the contact when it was connecting to the agent"
        JsonObject after = carol.awaitContact(call, "rejected");
        assertEquals("MissedCallAgent", AgentSession.stateName(after), "the agent clears the abandoned call");
        assertEquals(404, server.client().hangUp(call).status());
        carol.ok("ClearContact", "{\"contactId\":\"" + call + "\"}");
        assertTrue(carol.awaitState("Available").getAsJsonArray("contacts").isEmpty());
        carol.putState("Offline");
    }

    @Test
    void aQueuedCallbackIsOfferedAsIncomingAndDialsOnAccept() throws Exception {
        AgentSession bob = server.available("bob");
        String call = server.client().placeCall("{\"queue\":\"Sales\",\"type\":\"queue_callback\","
                + "\"phoneNumber\":\"+15555550188\"}");
        JsonObject offered = bob.awaitContact(call, "incoming");
        assertEquals("queue_callback", AgentSession.contact(offered, call).orElseThrow().get("type").getAsString());
        bob.ok("AcceptContact", "{\"contactId\":\"" + call + "\"}");
        JsonObject connected = bob.awaitContact(call, "connected");
        assertEquals("Busy", AgentSession.stateName(connected));
        assertTrue(AgentSession.contact(connected, call).isPresent());
        server.client().hangUp(call);
        bob.awaitContact(call, "ended");
        bob.ok("ClearContact", "{\"contactId\":\"" + call + "\"}");
        bob.putState("Offline");
    }
}
