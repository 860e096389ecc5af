package dev.callbench.server.tests;

import static dev.callbench.server.tests.AgentSession.connection;
import static dev.callbench.server.tests.AgentSession.contact;
import static dev.callbench.server.tests.AgentSession.id;
import static dev.callbench.server.tests.AgentSession.stateType;
import static dev.callbench.server.tests.AgentSession.thirdParty;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** An agent working a call: accept, hold, consult, conference, transfer, hang up, call out. */
class CallControlTest extends ConnectedCallTest {


    @Test
    void holdAndResumeTheCustomer() throws Exception {
        String customer = id(connection(current(), "inbound"));
        bob.ok("HoldConnection", legOf(customer));
        bob.await("customer on hold", s -> "hold".equals(stateType(connection(of(s), "inbound"))));
        bob.ok("ResumeConnection", legOf(customer));
        bob.await("customer back", s -> "connected".equals(stateType(connection(of(s), "inbound"))));
        assertEquals(409, bob.call("ResumeConnection", legOf(customer)).status(), "not on hold any more");
    }

    @Test
    void consultThenConferenceThenLeaveCompletesATransfer() throws Exception {
        String supervisor = bob.quickConnectArn("Supervisor");
        bob.ok("CreateAdditionalConnection", "{\"contactId\":\"" + call + "\",\"endpoint\":{\"type\":\"phone_number\","
                + "\"endpointARN\":\"" + supervisor + "\"}}");
        JsonObject consulting = bob.await("third party answered", s -> thirdParty(of(s)) != null
                && "connected".equals(stateType(thirdParty(of(s)))));
        assertEquals("hold", stateType(connection(of(consulting), "inbound")), "the customer waits on hold");
        assertEquals("Supervisor", thirdParty(of(consulting)).get("quickConnectName").getAsString());

        bob.ok("ToggleActiveConnections", "{\"contactId\":\"" + call + "\",\"connectionId\":\""
                + id(thirdParty(of(consulting))) + "\"}");
        bob.await("swapped", s -> "connected".equals(stateType(connection(of(s), "inbound")))
                && "hold".equals(stateType(thirdParty(of(s)))));

        bob.ok("ConferenceConnections", contactId());
        bob.await("everyone talking", s -> "connected".equals(stateType(connection(of(s), "inbound")))
                && "connected".equals(stateType(thirdParty(of(s)))));

        bob.ok("DestroyConnection", legOf(id(connection(current(), "agent"))));
        JsonObject acw = bob.awaitContact(call, "ended");
        assertEquals("AfterCallWork", AgentSession.stateName(acw));
    }

    @Test
    void theCustomerHangingUpDuringAConsultLeavesTheAgentWithTheThirdParty() throws Exception {
        bob.ok("CreateAdditionalConnection", "{\"contactId\":\"" + call + "\",\"endpoint\":{\"type\":\"phone_number\","
                + "\"phoneNumber\":\"+15555550111\"}}");
        bob.await("third party answered", s -> thirdParty(of(s)) != null
                && "connected".equals(stateType(thirdParty(of(s)))));
        server.client().hangUp(call);
        JsonObject after = bob.await("customer gone", s -> "disconnected".equals(stateType(connection(of(s), "inbound"))));
        assertEquals("connected", stateType(of(after)));
        bob.ok("DestroyConnection", legOf(id(thirdParty(of(after)))));
        assertEquals("AfterCallWork", AgentSession.stateName(bob.awaitContact(call, "ended")),
                "with nobody left on the line the contact ends");
    }

    @Test
    void theAgentHangsUpAndClearsAfterCallWork() throws Exception {
        bob.ok("DestroyConnection", legOf(id(connection(current(), "agent"))));
        JsonObject ended = bob.awaitContact(call, "ended");
        for (JsonElement c : of(ended).getAsJsonArray("connections")) {
            assertEquals("disconnected", stateType(c.getAsJsonObject()));
        }
        assertEquals(409, bob.call("AcceptContact", contactId()).status());
        bob.ok("ClearContact", contactId());
        assertTrue(bob.awaitState("Available").getAsJsonArray("contacts").isEmpty());
    }

    @Test
    void anOutboundCallRingsThenConnects() throws Exception {
        bob.ok("DestroyConnection", legOf(id(connection(current(), "agent"))));
        bob.ok("ClearContact", contactId());
        bob.ok("CreateOutboundContact", "{\"endpoint\":{\"type\":\"phone_number\",\"phoneNumber\":\"+15555550177\"}}");
        JsonObject dialing = bob.await("an outbound contact", s -> s.getAsJsonArray("contacts").size() == 1);
        JsonObject outbound = dialing.getAsJsonArray("contacts").get(0).getAsJsonObject();
        assertEquals("outbound", outbound.get("initiationMethod").getAsString());
        assertEquals("+15555550177", connection(outbound, "outbound").getAsJsonObject("endpoint")
                .get("phoneNumber").getAsString());
        bob.awaitContact(outbound.get("contactId").getAsString(), "connected");
        assertEquals("Busy", AgentSession.stateName(bob.snapshot()));
    }

    @Test
    void anOutboundCallHungUpWhileItRingsEndsAndNeverConnects() throws Exception {
        try (TestServer slow = TestServer.start("{\"offerTimeoutMillis\": 5000, \"outboundAnswerMillis\": 1500}", "")) {
            AgentSession carol = slow.agent("carol", "Available");
            carol.ok("CreateOutboundContact", "{\"endpoint\":{\"type\":\"phone_number\",\"phoneNumber\":\"+15555550177\"}}");
            JsonObject dialing = carol.await("carol dialing", s -> s.getAsJsonArray("contacts").size() == 1);
            JsonObject outbound = dialing.getAsJsonArray("contacts").get(0).getAsJsonObject();
            String contactId = outbound.get("contactId").getAsString();
            assertEquals("connecting", stateType(outbound), "the far end still rings");
            carol.ok("DestroyConnection", "{\"contactId\":\"" + contactId + "\",\"connectionId\":\""
                    + id(connection(outbound, "agent")) + "\"}");
            assertEquals("AfterCallWork", AgentSession.stateName(carol.awaitContact(contactId, "ended")),
                    "hanging up a call the agent dialed ends it, it is no rejected offer");
            carol.ok("ClearContact", "{\"contactId\":\"" + contactId + "\"}");
            JsonObject cleared = carol.await("no contact left", s -> s.getAsJsonArray("contacts").isEmpty());
            assertEquals("Available", AgentSession.stateName(cleared));
            carol.watch(Duration.ofMillis(3000), snapshot -> assertTrue(AgentSession.contact(snapshot, contactId)
                    .isEmpty(), "past the far end's answer time, the hung-up call never comes back: " + snapshot));
        }
    }

    @Test
    void aBadNumberIsRefused() throws Exception {
        HttpAnswer reply = bob.call("CreateAdditionalConnection", "{\"contactId\":\"" + call
                + "\",\"endpoint\":{\"type\":\"phone_number\",\"phoneNumber\":\"call me maybe\"}}");
        assertEquals(400, reply.status());
        assertEquals("BadEndpointException", reply.errorType());
    }

    @Test
    void digitsMuteAndAttributes() throws Exception {
        String customer = id(connection(current(), "inbound"));
        String agentLeg = id(connection(current(), "agent"));
        bob.ok("SendDigits", "{\"contactId\":\"" + call + "\",\"connectionId\":\"" + customer + "\",\"digits\":\"12#\"}");
        assertEquals(400, bob.call("SendDigits", "{\"contactId\":\"" + call + "\",\"connectionId\":\"" + customer
                + "\",\"digits\":\"hello\"}").status());
        bob.ok("SendDigits", "{\"contactId\":\"" + call + "\",\"connectionId\":\"" + customer + "\",\"digits\":\"9\"}");
        HttpAnswer heard = server.client().get("/admin/calls/" + call + "/media", Map.of());
        assertEquals(200, heard.status(), heard.body());
        assertEquals("12#9", heard.json().get("digitsSent")
                .getAsString(), "the far end received the digits sent, the refused ones not");
        bob.ok("MuteParticipant", legOf(agentLeg));
        bob.await("muted", s -> connection(of(s), "agent").get("mute").getAsBoolean());
        bob.ok("UnmuteParticipant", legOf(agentLeg));
        bob.ok("UpdateContactAttributes", "{\"contactId\":\"" + call + "\",\"attributes\":{\"reason\":\"billing\"}}");
        JsonObject updated = bob.await("attribute", s -> of(s).getAsJsonObject("attributes").has("reason"));
        assertEquals("billing", of(updated).getAsJsonObject("attributes").getAsJsonObject("reason").get("value")
                .getAsString());
        assertTrue(!connection(of(updated), "agent").get("mute").getAsBoolean());
    }

    @Test
    void attributesBeyondConnectsLimitOf32KbAreRefusedAndTheEarlierOnesKept() throws Exception {
        String value = "x".repeat(3_500); // each request stays under the test server's 4 KB body limit
        for (int i = 0; i < 9; i++) {
            bob.ok("UpdateContactAttributes", attribute("k" + i, value)); // 9 x 3.5 KB: under 32 KB
        }
        HttpAnswer refused = bob.call("UpdateContactAttributes", attribute("k9", value));
        assertEquals(400, refused.status(), refused.body());
        assertEquals("InvalidParameterException", refused.json().get("__type").getAsString());
        JsonObject attributes = current().getAsJsonObject("attributes");
        assertTrue(attributes.has("k8") && !attributes.has("k9"), attributes.keySet().toString());
    }

    private String attribute(String key, String value) {
        return "{\"contactId\":\"" + call + "\",\"attributes\":{\"" + key + "\":\"" + value + "\"}}";
    }

    @Test
    void anotherAgentCannotTouchThisContact() throws Exception {
        AgentSession carol = server.agent("carol", null);
        String customer = id(connection(current(), "inbound"));
        assertEquals(403, carol.call("HoldConnection", legOf(customer)).status());
        assertEquals(403, carol.call("ClearContact", contactId()).status());
        HttpAnswer destroy = carol.call("DestroyConnection", legOf(customer));
        assertEquals(403, destroy.status());
        assertEquals("AccessDeniedException", destroy.errorType());
        assertEquals("connected", stateType(current()), "nothing changed for bob");
        assertEquals(404, carol.call("AcceptContact", "{\"contactId\":\"no-such-contact\"}").status());
    }

    private JsonObject current() throws Exception {
        return of(bob.snapshot());
    }

    private JsonObject of(JsonObject snapshot) {
        return contact(snapshot, call).orElseThrow(() -> new AssertionError("no contact in " + snapshot));
    }



    private String contactId() {
        return "{\"contactId\":\"" + call + "\"}";
    }

    private String legOf(String connectionId) {
        return "{\"contactId\":\"" + call + "\",\"connectionId\":\"" + connectionId + "\"}";
    }
}
