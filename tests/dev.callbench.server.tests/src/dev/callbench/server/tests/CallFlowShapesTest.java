package dev.callbench.server.tests;

import static dev.callbench.server.tests.AgentSession.connection;
import static dev.callbench.server.tests.AgentSession.contact;
import static dev.callbench.server.tests.AgentSession.id;
import static dev.callbench.server.tests.AgentSession.stateName;
import static dev.callbench.server.tests.AgentSession.stateType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * What the snapshots show of inbound calls, outbound calls and queued callbacks, over HTTP, as Connect sends them:
 * the agent's leg first, initiationMethod as Connect fills it, contactDuration counting, the agent's leg connecting
 * while the customer is dialled, a callback's legs and media info before and after the accept.
 */
class CallFlowShapesTest {

    /** The simulated customer answers after 1.5 s, long enough to see the dialling. */
    private static final String TIMING = "{\"offerTimeoutMillis\": 20000, \"outboundAnswerMillis\": 1500}";

    private static TestServer server;
    private AgentSession bob;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(TIMING, "");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @BeforeEach
    void bobAvailable() throws Exception {
        bob = server.available("bob");
    }

    @AfterEach
    void clearBob() throws Exception {
        for (JsonElement c : bob.snapshot().getAsJsonArray("contacts")) {
            String id = c.getAsJsonObject().get("contactId").getAsString();
            String agentLeg = id(connection(c.getAsJsonObject(), "agent"));
            bob.call("DestroyConnection", "{\"contactId\":\"" + id + "\",\"connectionId\":\"" + agentLeg + "\"}");
            bob.call("ClearContact", "{\"contactId\":\"" + id + "\"}");
        }
        bob.await("no contacts", s -> s.getAsJsonArray("contacts").isEmpty());
    }

    @Test
    void anInboundCallListsTheAgentFirstHasNoInitiationMethodAndCountsItsDuration() throws Exception {
        String call = server.placeCall("BasicQueue");
        JsonObject offered = contact(bob.awaitContact(call, "connecting"), call).orElseThrow();
        assertEquals("agent", firstLeg(offered).get("type").getAsString(), "the agent's leg first: " + offered);
        assertTrue(offered.get("initiationMethod").isJsonNull(), "Connect sends null for a voice call: " + offered);
        bob.ok("AcceptContact", "{\"contactId\":\"" + call + "\"}");
        JsonObject talking = contact(bob.await("a second of talk", s -> contact(s, call)
                .map(c -> duration(c) >= 1).orElse(false)), call).orElseThrow();
        assertEquals("connected", stateType(talking));
        bob.ok("DestroyConnection", "{\"contactId\":\"" + call + "\",\"connectionId\":\""
                + id(connection(talking, "agent")) + "\"}");
        long atEnd = duration(contact(bob.awaitContact(call, "ended"), call).orElseThrow());
        assertTrue(atEnd >= 1, "the ended contact keeps its duration");
        bob.watch(java.time.Duration.ofMillis(1_200),
                s -> contact(s, call).ifPresent(c -> assertEquals(atEnd, duration(c), "stops counting once ended")));
    }

    @Test
    void anOutboundCallsAgentLegIsConnectingWhileTheCustomerIsDialled() throws Exception {
        bob.ok("CreateOutboundContact", "{\"endpoint\":{\"type\":\"phone_number\",\"phoneNumber\":\"+15555550177\"}}");
        JsonObject dialling = bob.await("an outbound contact", s -> s.getAsJsonArray("contacts").size() == 1);
        JsonObject outbound = dialling.getAsJsonArray("contacts").get(0).getAsJsonObject();
        assertEquals("CallingCustomer", stateName(dialling));
        assertEquals("connecting", stateType(outbound));
        assertEquals("connecting", stateType(connection(outbound, "agent")), "the agent's leg while dialling");
        assertEquals("connecting", stateType(connection(outbound, "outbound")));
        assertEquals("agent", firstLeg(outbound).get("type").getAsString());
        assertEquals("outbound", outbound.get("initiationMethod").getAsString());
        String id = outbound.get("contactId").getAsString();
        JsonObject answered = contact(bob.awaitContact(id, "connected"), id).orElseThrow();
        assertEquals("connected", stateType(connection(answered, "agent")));
        assertEquals("Busy", stateName(bob.snapshot()));
    }

    @Test
    void aQueuedCallbackIsOfferedWithTheCustomerConnectedAndNoMediaUntilAccepted() throws Exception {
        String callback = server.client().placeCall("{\"queue\":\"Sales\",\"type\":\"queue_callback\","
                + "\"phoneNumber\":\"+15555550142\"}");
        JsonObject incoming = contact(bob.awaitContact(callback, "incoming"), callback).orElseThrow();
        assertEquals("Pending", stateName(bob.snapshot()));
        assertEquals("callback", incoming.get("initiationMethod").getAsString());
        assertNotEquals(callback, incoming.get("initialContactId").getAsString(),
                "a callback's initial contact is the call in which the caller asked for it");
        JsonObject customer = connection(incoming, "inbound");
        assertTrue(customer.get("initial").getAsBoolean());
        assertEquals("connected", stateType(customer), "the customer's leg while incoming");
        JsonObject agentLeg = connection(incoming, "agent");
        assertEquals("connecting", stateType(agentLeg));
        assertFalse(agentLeg.has("softphoneMediaInfo"), "no softphone media before the accept: " + agentLeg);
        Set<String> offeredIds = legIds(incoming);

        bob.ok("AcceptContact", "{\"contactId\":\"" + callback + "\"}");
        JsonObject dialling = bob.await("the customer dialled", s -> contact(s, callback)
                .map(c -> "connecting".equals(stateType(c))).orElse(false));
        JsonObject calling = contact(dialling, callback).orElseThrow();
        assertEquals("CallingCustomer", stateName(dialling));
        assertEquals("connecting", stateType(connection(calling, "agent")), "the agent's leg while calling");
        assertEquals("connecting", stateType(connection(calling, "inbound")));
        assertTrue(connection(calling, "agent").has("softphoneMediaInfo"), "media once accepted");
        Set<String> acceptedIds = legIds(calling);
        assertEquals(2, acceptedIds.size());
        assertTrue(acceptedIds.stream().noneMatch(offeredIds::contains), "new connection ids on accept: "
                + offeredIds + " then " + acceptedIds);
        assertEquals(incoming.get("initialContactId"), calling.get("initialContactId"));

        JsonObject connected = contact(bob.awaitContact(callback, "connected"), callback).orElseThrow();
        assertEquals("connected", stateType(connection(connected, "agent")));
        assertEquals(acceptedIds, legIds(connected));
        assertEquals("Busy", stateName(bob.snapshot()));
    }

    private static JsonObject firstLeg(JsonObject contact) {
        return contact.getAsJsonArray("connections").get(0).getAsJsonObject();
    }

    private static long duration(JsonObject contact) {
        return Long.parseLong(contact.get("contactDuration").getAsString());
    }

    private static Set<String> legIds(JsonObject contact) {
        Set<String> ids = new HashSet<>();
        contact.getAsJsonArray("connections").forEach(c -> ids.add(id(c.getAsJsonObject())));
        return ids;
    }
}
