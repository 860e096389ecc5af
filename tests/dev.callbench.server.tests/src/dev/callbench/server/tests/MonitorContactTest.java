package dev.callbench.server.tests;

import static dev.callbench.server.tests.AgentSession.connection;
import static dev.callbench.server.tests.AgentSession.contact;
import static dev.callbench.server.tests.AgentSession.stateType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.callbench.server.internal.LocalContactCenter;
import dev.callbench.server.internal.config.ConfigLoader;

/**
 * A supervisor's monitoring of an agent's call over the wire, as Streams reads it: Connect's MonitorContact (through
 * the admin API), the monitoring contact in the supervisor's snapshot, UpdateMonitorParticipantState, what the agent's
 * snapshot shows of it, and the refusals. What each party hears is MonitoringCallTest's (softphone tests).
 */
class MonitorContactTest {

    private static final String INSTANCE = "00000000-0000-4000-8000-00000000ca11";

    private TestServer server;
    private AgentSession alice;
    private AgentSession sam;
    private String call;

    @BeforeEach
    void connectedCall() throws Exception {
        server = TestServer.of(LocalContactCenter.start(new ConfigLoader().parse("""
                {
                  "host": "127.0.0.1", "port": 0, "timing": {"offerTimeoutMillis": 5000},
                  "queues": [{"name": "BasicQueue"}],
                  "routingProfiles": [{"name": "Basic", "queues": ["BasicQueue"]}],
                  "agents": [
                    {"login": "alice", "password": "pw-alice", "name": "Alice", "routingProfile": "Basic"},
                    {"login": "sam", "password": "pw-sam", "name": "Sam", "routingProfile": "Basic",
                     "monitorCapabilities": ["SILENT_MONITOR", "BARGE"]},
                    {"login": "lee", "password": "pw-lee", "name": "Lee", "routingProfile": "Basic",
                     "monitorCapabilities": ["SILENT_MONITOR"]}
                  ]
                }
                """)));
        alice = server.available("alice");
        sam = server.agent("sam", null);
        call = server.connectedCall(alice, "BasicQueue");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void theSupervisorGetsAConnectedMonitoringContactThatTheAgentDoesNotSee() throws Exception {
        HttpAnswer started = monitor(call, "sam", "[\"SILENT_MONITOR\",\"BARGE\"]", null);
        assertEquals(200, started.status(), started.toString());
        String monitoring = started.json().get("ContactId").getAsString();
        assertTrue(started.json().get("ContactArn").getAsString().endsWith(INSTANCE + "/contact/" + monitoring));

        JsonObject watching = contact(sam.awaitContact(monitoring, "connected"), monitoring).orElseThrow();
        assertEquals("monitor", watching.get("initiationMethod").getAsString());
        assertEquals(call, watching.get("initialContactId").getAsString());
        JsonObject own = watching.getAsJsonArray("connections").get(0).getAsJsonObject();
        assertEquals("monitoring", own.get("type").getAsString(), "the supervisor's leg comes first: " + watching);
        assertEquals("silent_monitor", stateType(own));
        assertEquals("SILENT_MONITOR", own.get("monitorStatus").getAsString());
        assertEquals(List.of("SILENT_MONITOR", "BARGE"), strings(own, "monitorCapabilities"));
        assertEquals("Alice", own.getAsJsonObject("monitoringInfo").getAsJsonObject("agent").get("agentName")
                .getAsString());
        assertTrue(own.getAsJsonObject("monitoringInfo").get("joinTimeStamp").getAsDouble() > 0);
        assertTrue(own.getAsJsonObject("softphoneMediaInfo").get("autoAccept").getAsBoolean(),
                "established without an accept");
        assertEquals("connected", stateType(connection(watching, "inbound")), "the caller, as on the call");
        assertEquals("Busy", AgentSession.stateName(sam.snapshot()));

        JsonObject alicesCall = contact(alice.snapshot(), call).orElseThrow();
        assertEquals(2, alicesCall.getAsJsonArray("connections").size(), "no silent supervisor in " + alicesCall);
    }

    @Test
    void bargingInShowsTheSupervisorToTheAgentAndGoingBackToSilentHidesThem() throws Exception {
        String monitoring = started(call, "sam", "[\"SILENT_MONITOR\",\"BARGE\"]");
        sam.ok("UpdateMonitorParticipantState", mode(monitoring, "BARGE"));
        JsonObject own = connection(contact(sam.snapshot(), monitoring).orElseThrow(), "monitoring");
        assertEquals("barge", stateType(own));
        assertEquals("BARGE", own.get("monitorStatus").getAsString());
        JsonObject supervisor = connection(contact(alice.snapshot(), call).orElseThrow(), "monitoring");
        assertEquals("barge", stateType(supervisor), "Streams' isUnderSupervision: a barging leg on the contact");
        assertEquals("BARGE", supervisor.get("monitorStatus").getAsString());
        assertFalse(supervisor.has("monitoringInfo"), "the monitoring info is the supervisor's");
        assertEquals("agent", contact(alice.snapshot(), call).orElseThrow().getAsJsonArray("connections").get(0)
                .getAsJsonObject().get("type").getAsString(), "the agent's own leg stays first");

        sam.ok("UpdateMonitorParticipantState", mode(monitoring, "SILENT_MONITOR"));
        assertEquals(2, contact(alice.snapshot(), call).orElseThrow().getAsJsonArray("connections").size());
    }

    @Test
    void theMonitoringEndsWhenTheSupervisorHangsUpOrTheCallEnds() throws Exception {
        String monitoring = started(call, "sam", "[]");
        String own = AgentSession.id(connection(contact(sam.snapshot(), monitoring).orElseThrow(), "monitoring"));
        sam.ok("DestroyConnection", "{\"contactId\":\"" + monitoring + "\",\"connectionId\":\"" + own + "\"}");
        assertTrue(contact(sam.snapshot(), monitoring).isEmpty(), "no after-call work for a supervisor");
        assertEquals("connected", stateType(contact(alice.snapshot(), call).orElseThrow()), "the call goes on");

        String again = started(call, "sam", "[]");
        assertEquals(200, server.client().post("/admin/calls/" + call + "/hangup", "", Map.of()).status());
        sam.await("the monitoring gone with the call", s -> contact(s, again).isEmpty());
    }

    @Test
    void whatTheSecurityProfileOrTheCallDoesNotAllowIsRefusedWithConnectsErrors() throws Exception {
        assertRefused(monitor(call, "lee", "[\"BARGE\"]", null), 403, "AccessDeniedException");
        assertRefused(monitor(call, "alice", "[]", null), 403, "AccessDeniedException");
        assertRefused(monitor("made-up", "sam", "[]", null), 404, "ResourceNotFoundException");
        assertRefused(monitor(call, "nobody", "[]", null), 404, "ResourceNotFoundException");
        assertRefused(server.client().post("/admin/contact/monitor", "{\"InstanceId\":\"" + INSTANCE + "\"}",
                Map.of()), 400, "InvalidRequestException");

        String silent = started(call, "lee", "[]");
        assertRefused(server.agent("lee", null).call("UpdateMonitorParticipantState", mode(silent, "BARGE")), 403,
                "AccessDeniedException");
        assertRefused(sam.call("UpdateMonitorParticipantState", mode(call, "BARGE")), 403, "AccessDeniedException");
        assertEquals(200, monitor(call, "sam", "[]", "token-1").status());
        assertRefused(monitor(call, "sam", "[\"BARGE\"]", "token-1"), 409, "IdempotencyException");
    }

    @Test
    void theSameClientTokenGivesTheSameMonitoringContact() throws Exception {
        String first = monitor(call, "sam", "[]", "retry-me").json().get("ContactId").getAsString();
        assertEquals(first, monitor(call, "sam", "[]", "retry-me").json().get("ContactId").getAsString());
    }

    private String started(String contactId, String user, String capabilities) throws Exception {
        HttpAnswer started = monitor(contactId, user, capabilities, null);
        assertEquals(200, started.status(), started.toString());
        return started.json().get("ContactId").getAsString();
    }

    private HttpAnswer monitor(String contactId, String user, String capabilities, String clientToken)
            throws Exception {
        return server.client().post("/admin/contact/monitor", "{\"InstanceId\":\"" + INSTANCE + "\",\"ContactId\":\""
                + contactId + "\",\"UserId\":\"" + user + "\",\"AllowedMonitorCapabilities\":" + capabilities
                + (clientToken == null ? "" : ",\"ClientToken\":\"" + clientToken + "\"") + "}", Map.of());
    }

    private static void assertRefused(HttpAnswer answer, int status, String type) {
        assertEquals(status, answer.status(), answer.toString());
        assertEquals(type, answer.errorType(), answer.toString());
    }

    private static String mode(String contactId, String mode) {
        return "{\"contactId\":\"" + contactId + "\",\"targetMonitorMode\":\"" + mode + "\"}";
    }

    private static List<String> strings(JsonObject json, String name) {
        return json.getAsJsonArray(name).asList().stream().map(JsonElement::getAsString).toList();
    }
}
