package dev.callbench.server.tests;

import static dev.callbench.server.tests.AgentSession.contact;
import static dev.callbench.server.tests.AgentSession.stateType;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

import dev.callbench.server.internal.LocalContactCenter;
import dev.callbench.server.internal.config.ConfigLoader;

/**
 * A queue holds at most its maxContacts, as Connect's "Maximum contacts in queue": a caller beyond it is not queued
 * (503 QueueAtCapacityException), a transfer into it is disconnected, and a call that was offered and rejected always
 * gets its place back.
 */
class QueueCapacityTest {

    private TestServer server;

    @BeforeEach
    void start() throws Exception {
        String config = TestServer.config(TestServer.TIMING, "")
                .replace("{\"name\": \"Sales\"}", "{\"name\": \"Sales\", \"maxContacts\": 2}");
        server = TestServer.of(LocalContactCenter.start(new ConfigLoader().parse(config)));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aCallerBeyondTheQueuesCapacityIsNotQueued() throws Exception {
        server.placeCall("Sales");
        server.placeCall("Sales");
        HttpAnswer refused = salesCall();
        assertEquals(503, refused.status(), refused.body());
        assertEquals("QueueAtCapacityException", refused.errorType());
        assertEquals(2, waiting(), "the refused caller is not waiting");
        assertEquals(201, server.client().post("/admin/calls", "{\"queue\":\"BasicQueue\"}", Map.of()).status(),
                "another queue still takes calls");

        AgentSession bob = server.agent("bob", "Available"); // offered at once: Available shows only for a moment
        bob.await("an offer", s -> s.getAsJsonArray("contacts").size() == 1);
        assertEquals(201, salesCall().status(), "an offered call made room");
    }

    @Test
    void aRejectedCallGetsItsPlaceBackInAFullQueueAndIsOfferedFirst() throws Exception {
        String first = server.placeCall("Sales");
        AgentSession bob = server.agent("bob", "Available");
        bob.awaitContact(first, "connecting");
        server.placeCall("Sales");
        server.placeCall("Sales");
        bob.ok("RejectContact", "{\"contactId\":\"" + first + "\"}");
        assertEquals(3, waiting(), "the rejected call is back, beyond the capacity");
        assertEquals(503, salesCall().status());

        AgentSession carol = server.agent("carol", "Available");
        carol.awaitContact(first, "connecting");
    }

    @Test
    void aTransferIntoAFullQueueIsDisconnected() throws Exception {
        AgentSession alice = server.available("alice");
        String call = server.connectedCall(alice, "BasicQueue");
        server.placeCall("Sales");
        server.placeCall("Sales");
        alice.ok("CreateAdditionalConnection", "{\"contactId\":\"" + call + "\",\"endpoint\":{\"type\":\"queue\","
                + "\"endpointARN\":\"" + alice.quickConnectArn("Sales queue") + "\"}}");
        JsonObject after = alice.await("the leg", s -> contact(s, call).map(AgentSession::thirdParty)
                .map(leg -> "disconnected".equals(stateType(leg))).orElse(false));
        assertEquals("hold", stateType(AgentSession.connection(contact(after, call).orElseThrow(), "inbound")),
                "the caller waits on hold for the agent to take them back");
        assertEquals(2, waiting(), "no transfer contact joined the queue");
    }

    private HttpAnswer salesCall() throws Exception {
        return server.client().post("/admin/calls", "{\"queue\":\"Sales\"}", Map.of());
    }

    private int waiting() throws Exception {
        return server.client().get("/admin/health", Map.of()).json().get("waitingContacts").getAsInt();
    }
}
