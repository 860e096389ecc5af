package dev.callbench.softphone.tests;

import static dev.callbench.softphone.tests.SoftphoneCallTest.number;
import static dev.callbench.softphone.tests.SoftphoneCallTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.callbench.api.ConnectionState;
import dev.callbench.api.Contact;
import dev.callbench.api.Endpoint;
import dev.callbench.api.service.ContactCenter;
import dev.callbench.tests.support.LocalContactCenterExtension;
import dev.callbench.tests.support.Wait;

/**
 * Calls with more than two parties, each party a real softphone (webrtc-java through the coturn the local contact
 * center starts, relay only) sending a tone of its own: a supervisor monitoring an agent's call (this runtime's
 * workbench side: CTI client, softphone component and media engine) and the agent (a media engine of the test's own,
 * its CTI by hand); a conference of two agents and the caller.
 */
class MonitoringCallTest {

    private static final double CALLER_TONE = 440;
    private static final double AGENT_TONE = 1000;
    private static final double THIRD_TONE = 1500;
    /** A tone's share of what is heard when it is one of two voices, each about half. */
    private static final double SHARE_OF_TWO = 0.25;

    @RegisterExtension
    static final LocalContactCenterExtension CENTER = new LocalContactCenterExtension("""
            {
              "host": "127.0.0.1", "port": 0,
              "timing": {"offerTimeoutMillis": 60000},
              "queues": [{"name": "Sales"}, {"name": "Desk"}],
              "routingProfiles": [{"name": "Sales", "queues": ["Sales"]}, {"name": "Desk", "queues": ["Desk"]}],
              "agents": [{"login": "bob", "password": "pw-bob", "name": "Bob", "routingProfile": "Sales"},
                         {"login": "carol", "password": "pw-carol", "name": "Carol", "routingProfile": "Desk"},
                         {"login": "sam", "password": "pw-sam", "name": "Sam", "routingProfile": "Desk",
                          "monitorCapabilities": ["SILENT_MONITOR", "BARGE"]}],
              "quickConnects": [{"name": "Carol", "type": "agent", "agentLogin": "carol"}]
            }
            """);

    @Test
    void theSupervisorHearsCallerAndAgentUnheardUntilBargingInAndCanGoBackToSilent() throws Exception {
        try (AgentDesk sam = new AgentDesk(cti(), "sam", "pw-sam", THIRD_TONE, CALLER_TONE, AGENT_TONE);
                EngineSoftphone bobsPhone = EngineSoftphone.start()) {
            ContactCenter supervisor = sam.contactCenter();
            Wait.forValue("sam signed in", supervisor::snapshot, AgentDesk.WAIT);
            CtiAgent bob = available("bob", "pw-bob");
            String call = placeCall();
            talking(bob, bobsPhone, call);
            EndpointEar caller = new EndpointEar(CENTER.baseUri(), call);
            caller.await("the caller hears bob", view -> callerHears(view).equals(List.of((int) AGENT_TONE)));

            String monitoring = monitor(call, "sam");
            Wait.until("sam's softphone sets the monitoring connection's media up by itself, with no accept",
                    () -> sam.engineEventsOf(monitoring).contains("TALKING"), AgentDesk.WAIT,
                    () -> supervisor.snapshot() + " " + sam.engineEventsOf(monitoring));
            sam.awaitEngineEvent("session.stats", hearsBoth(monitoring, CALLER_TONE, AGENT_TONE),
                    "sam hears the caller and bob");
            Contact watched = supervisor.snapshot().orElseThrow().contact(monitoring).orElseThrow();
            assertEquals(ConnectionState.SILENT_MONITOR, watched.agentConnection().orElseThrow().state());
            new EndpointEar(CENTER.baseUri(), monitoring).await("sam's tone reaches the media endpoint",
                    view -> number(view, "agentToneHz") == THIRD_TONE);
            assertHearsOnly(bobsPhone, call, CALLER_TONE, "bob hears the caller alone while sam listens silently");
            assertEquals(List.of((int) AGENT_TONE), callerHears(caller.now()), "the caller does not hear sam");
            assertTrue(CtiAgent.connection(bobsContact(bob, call), "monitoring").isEmpty(),
                    "bob's snapshot shows no silent supervisor");

            supervisor.bargeIn(monitoring).toCompletableFuture().join();
            bobsPhone.await(bobsPhone.eventCount(), "session.stats", hearsBoth(call, CALLER_TONE, THIRD_TONE),
                    "bob hears the caller and sam once sam barged in");
            caller.await("the caller hears bob and sam", view -> callerHears(view)
                    .equals(List.of((int) AGENT_TONE, (int) THIRD_TONE)));
            JsonObject barging = CtiAgent.connection(bobsContact(bob, call), "monitoring").orElseThrow();
            assertEquals("BARGE", barging.get("monitorStatus").getAsString(), barging.toString());
            assertEquals("barge", barging.getAsJsonObject("state").get("type").getAsString());

            supervisor.silentMonitor(monitoring).toCompletableFuture().join();
            caller.await("the caller hears bob alone again", view -> callerHears(view)
                    .equals(List.of((int) AGENT_TONE)));
            assertHearsOnly(bobsPhone, call, CALLER_TONE, "bob hears the caller alone again");

            supervisor.end(monitoring).toCompletableFuture().join();
            Wait.until("sam's monitoring contact is gone", () -> supervisor.snapshot().orElseThrow()
                    .contact(monitoring).isEmpty(), AgentDesk.WAIT);
            assertHearsOnly(bobsPhone, call, CALLER_TONE, "bob's call goes on once sam left");
            hangUp(bob, call);
        }
    }

    @Test
    void inAConferenceOfTwoAgentsAndTheCallerEachHearsTheOtherTwo() throws Exception {
        try (AgentDesk carol = new AgentDesk(cti(), "carol", "pw-carol", THIRD_TONE, CALLER_TONE, AGENT_TONE);
                EngineSoftphone bobsPhone = EngineSoftphone.start()) {
            ContactCenter carols = carol.contactCenter();
            carols.setState(Wait.forValue("carol signed in", carols::snapshot, AgentDesk.WAIT).agent()
                    .selectableState("Available").orElseThrow()).toCompletableFuture().join();
            CtiAgent bob = available("bob", "pw-bob");
            String call = placeCall();
            talking(bob, bobsPhone, call);

            Endpoint toCarol = carols.quickConnects().toCompletableFuture().join().stream()
                    .filter(q -> "Carol".equals(q.name())).findFirst().orElseThrow();
            bob.call("CreateAdditionalConnection", "{\"contactId\":\"" + call + "\",\"endpoint\":{\"type\":\"agent\","
                    + "\"endpointARN\":\"" + toCarol.arn() + "\"}}");
            String consult = Wait.forValue("the consult offered to carol", () -> carols.snapshot()
                    .flatMap(s -> s.contacts().stream().findFirst()).map(Contact::id), AgentDesk.WAIT);
            carol.awaitEngineEvent("session.state", of(consult, "TALKING"), "carol's media set up while it rings");
            carols.accept(consult).toCompletableFuture().join();
            bobsPhone.await(0, "session.heard", hears(call, THIRD_TONE), "bob hears carol, the caller on hold");

            bob.call("ConferenceConnections", "{\"contactId\":\"" + call + "\"}");
            bobsPhone.await(bobsPhone.eventCount(), "session.stats", hearsBoth(call, CALLER_TONE, THIRD_TONE),
                    "bob hears the caller and carol");
            carol.awaitEngineEvent(carol.engineEventCount(), "session.stats",
                    hearsBoth(consult, CALLER_TONE, AGENT_TONE), "carol hears the caller and bob");
            new EndpointEar(CENTER.baseUri(), call).await("the caller hears bob and carol",
                    view -> callerHears(view).equals(List.of((int) AGENT_TONE, (int) THIRD_TONE)));

            carols.end(consult).toCompletableFuture().join();
            carols.clearAfterCallWork(consult).toCompletableFuture().join();
            hangUp(bob, call);
        }
    }

    private static CtiAgent available(String login, String password) throws Exception {
        CtiAgent agent = CtiAgent.signIn(CENTER.baseUri(), login, password);
        agent.call("PutAgentState", "{\"state\":{\"name\":\"Available\"}}");
        return agent;
    }

    /** Bob's phone sets the media up while the call rings; bob accepts and hears the caller. */
    private static void talking(CtiAgent bob, EngineSoftphone phone, String call) throws Exception {
        JsonObject offered = bob.awaitContact("the call offered to bob", c -> call.equals(id(c)));
        phone.call(call, CtiAgent.connection(offered, "agent").orElseThrow(), AGENT_TONE, CALLER_TONE, THIRD_TONE);
        phone.await(0, "session.state", of(call, "TALKING"), "bob's media set up while it rings");
        bob.call("AcceptContact", "{\"contactId\":\"" + call + "\"}");
        phone.await(0, "session.heard", hears(call, CALLER_TONE), "bob hears the caller");
    }

    private static void hangUp(CtiAgent bob, String call) throws Exception {
        String agentLeg = CtiAgent.connection(bobsContact(bob, call), "agent").orElseThrow().get("connectionId")
                .getAsString();
        bob.call("DestroyConnection", "{\"contactId\":\"" + call + "\",\"connectionId\":\"" + agentLeg + "\"}");
        bob.call("ClearContact", "{\"contactId\":\"" + call + "\"}");
    }

    private static JsonObject bobsContact(CtiAgent bob, String call) {
        return bob.awaitContact("bob's call", c -> call.equals(id(c)));
    }

    /** The next statistics of the contact, a second apart: what the agent hears is that one tone. */
    private static void assertHearsOnly(EngineSoftphone phone, String contactId, double hz, String what) {
        for (int i = 0; i < 2; i++) {
            JsonObject stats = phone.await(phone.eventCount(), "session.stats", s -> contactId.equals(text(s,
                    "contactId")), what);
            assertEquals(hz, number(stats, "heardToneHz"), what + ": " + stats);
        }
    }

    /** Connect's MonitorContact, through the local contact center's admin API. */
    private static String monitor(String contactId, String user) throws Exception {
        HttpResponse<String> started = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(CENTER.baseUri() + "/admin/contact/monitor")).POST(HttpRequest.BodyPublishers.ofString(
                        "{\"InstanceId\":\"00000000-0000-4000-8000-00000000ca11\",\"ContactId\":\"" + contactId
                                + "\",\"UserId\":\"" + user + "\",\"AllowedMonitorCapabilities\":[\"SILENT_MONITOR\","
                                + "\"BARGE\"]}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, started.statusCode(), started.body());
        return JsonParser.parseString(started.body()).getAsJsonObject().get("ContactId").getAsString();
    }

    private static String placeCall() throws Exception {
        HttpResponse<String> placed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(CENTER.baseUri() + "/admin/calls")).POST(HttpRequest.BodyPublishers.ofString(
                        "{\"queue\":\"Sales\",\"phoneNumber\":\"+15555550100\",\"audio\":{\"toneHz\":"
                                + (int) CALLER_TONE + "},\"listenForHz\":[" + (int) AGENT_TONE + ","
                                + (int) THIRD_TONE + "]}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, placed.statusCode(), placed.body());
        return JsonParser.parseString(placed.body()).getAsJsonObject().get("contactId").getAsString();
    }

    private static List<Integer> callerHears(JsonObject view) {
        List<Integer> tones = new ArrayList<>();
        for (JsonElement hz : view.getAsJsonArray("callerHearsTonesHz")) {
            tones.add(hz.getAsInt());
        }
        return tones;
    }

    private static Predicate<JsonObject> of(String contactId, String state) {
        return fields -> contactId.equals(text(fields, "contactId")) && state.equals(text(fields, "state"));
    }

    private static Predicate<JsonObject> hears(String contactId, double hz) {
        return fields -> contactId.equals(text(fields, "contactId")) && number(fields, "toneHz") == hz;
    }

    private static Predicate<JsonObject> hearsBoth(String contactId, double one, double other) {
        return fields -> contactId.equals(text(fields, "contactId")) && fields.has("heardShares")
                && share(fields, one) > SHARE_OF_TWO && share(fields, other) > SHARE_OF_TWO;
    }

    private static double share(JsonObject stats, double hz) {
        return number(stats.getAsJsonObject("heardShares"), Long.toString((long) hz));
    }

    private static String id(JsonObject contact) {
        return contact.get("contactId").getAsString();
    }

    private static URI cti() {
        return URI.create(CENTER.baseUri() + "/api");
    }
}
