package dev.callbench.softphone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.callbench.api.AgentState;
import dev.callbench.api.SessionTimings;
import dev.callbench.api.SoftphoneErrorType;
import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.service.ContactCenter;
import dev.callbench.api.service.Softphone;
import dev.callbench.softphone.internal.Messages;
import dev.callbench.softphone.internal.engine.MediaEngineSupervisor;
import dev.callbench.tests.support.LocalContactCenterExtension;
import dev.callbench.tests.support.MonitorCapture;
import dev.callbench.tests.support.OsgiServices;
import dev.callbench.tests.support.PulseAudioServer;
import dev.callbench.tests.support.Wait;

/**
 * A softphone call as an agent takes it: the real local contact center, the CTI client signed in by its
 * configuration, the softphone component and its media engine in a process of its own.
 */
class SoftphoneCallTest {

    static final double AGENT_TONE = 1000;
    static final double CALLER_TONE = 440;

    @RegisterExtension
    static final LocalContactCenterExtension NO_TURN = new LocalContactCenterExtension("""
            {
              "host": "127.0.0.1", "port": 0,
              "turn": {"enabled": false},
              "queues": [{"name": "Sales"}],
              "routingProfiles": [{"name": "Sales", "queues": ["Sales"]}],
              "agents": [{"login": "bob", "password": "pw-bob", "name": "Bob", "routingProfile": "Sales"}]
            }
            """);

    /** With the coturn it starts itself, as in the product, and the media endpoint. Each test has its own agent. */
    @RegisterExtension
    static final LocalContactCenterExtension CENTER = new LocalContactCenterExtension("""
            {
              "host": "127.0.0.1", "port": 0,
              "queues": [{"name": "Sales"}, {"name": "Support"}, {"name": "Desk"}],
              "routingProfiles": [{"name": "Sales", "queues": ["Sales"]}, {"name": "Support", "queues": ["Support"]},
                                  {"name": "Desk", "queues": ["Desk"]}],
              "agents": [{"login": "bob", "password": "pw-bob", "name": "Bob", "routingProfile": "Sales"},
                         {"login": "dave", "password": "pw-dave", "name": "Dave", "routingProfile": "Support"},
                         {"login": "carol", "password": "pw-carol", "name": "Carol", "routingProfile": "Desk"}]
            }
            """);

    @Test
    void aMediaEngineKilledMidCallCostsThatCallItsAudioAndTheNextCallHasAudioAgain() throws Exception {
        try (AgentDesk desk = new AgentDesk(ctiEndpoint(CENTER), "dave", "pw-dave", AGENT_TONE, CALLER_TONE)) {
            ContactCenter center = desk.contactCenter();
            center.setState(available(center)).toCompletableFuture().join();
            String first = talking(desk, center, placeCall(CENTER, "Support"));
            MediaEngineSupervisor supervisor = OsgiServices.await(MediaEngineSupervisor.class);
            long killed = supervisor.current().orElseThrow().pid();
            ProcessHandle.of(killed).orElseThrow().destroyForcibly();

            AgentEvent.SoftphoneFailure lost = desk.awaitAgentEvent(AgentEvent.SoftphoneFailure.class,
                    f -> first.equals(f.error().contactId()), "the agent told that the call lost its audio");
            assertEquals(SoftphoneErrorType.REALTIME_COMMUNICATION_ERROR, lost.error().type());
            assertEquals(Messages.softphone_engineStopped, lost.error().message());
            center.end(first).toCompletableFuture().join();
            center.clearAfterCallWork(first).toCompletableFuture().join();

            String second = talking(desk, center, placeCall(CENTER, "Support"));
            assertNotEquals(killed, supervisor.current().orElseThrow().pid(), "a new media engine took the call");
            center.end(second).toCompletableFuture().join();
            center.clearAfterCallWork(second).toCompletableFuture().join();
        }
    }

    /**
     * The product's default, {@code audio=auto}: with a sound server answering (a PulseAudio server of the test's own,
     * which the media engine reaches through {@code PULSE_SERVER}, set for this runtime in the pom), the call plays on
     * the system's speaker, as an agent running {@code ./run} hears it.
     */
    @Test
    void withAudioAutoAndASoundServerTheCallPlaysOnTheSystemsSpeaker() throws Exception {
        try (PulseAudioServer pulse = PulseAudioServer.start(Path.of(System.getProperty("callbench.pulse")), List.of(
                PulseAudioServer.nullSink("agent_speaker", "Agent_Speaker", 2),
                PulseAudioServer.nullSink("room", "Room", 1),
                PulseAudioServer.remappedMonitor("agent_mic", "Agent_Mic", "room"),
                "set-default-sink agent_speaker", "set-default-source agent_mic"),
                List.of("agent_speaker", "room"), List.of("agent_mic"));
                MonitorCapture speaker = MonitorCapture.of(pulse, "agent_speaker");
                AgentDesk desk = new AgentDesk(ctiEndpoint(CENTER), "carol", "pw-carol", AGENT_TONE, CALLER_TONE,
                        "auto")) {
            ContactCenter center = desk.contactCenter();
            center.setState(available(center)).toCompletableFuture().join();
            long before = speaker.positionAt(System.nanoTime());
            String contactId = talking(desk, center, placeCall(CENTER, "Desk"));
            speaker.awaitTones(before, AgentDesk.WAIT, CALLER_TONE);
            center.end(contactId).toCompletableFuture().join();
            center.clearAfterCallWork(contactId).toCompletableFuture().join();
        }
    }

    /** Waits for the media set up while the call rings, accepts it, and waits until the agent hears the caller. */
    static String talking(AgentDesk desk, ContactCenter center, String contactId) {
        desk.awaitEngineEvent("session.state", of(contactId, "state", "TALKING"), "media set up for " + contactId);
        center.accept(contactId).toCompletableFuture().join();
        desk.awaitEngineEvent("session.heard", hears(contactId, CALLER_TONE), "the agent hears " + contactId);
        return contactId;
    }

    @Test
    void theMediaIsReadyWhileItRingsAndTheCallHasAudioBothWaysOnceAccepted() throws Exception {
        try (AgentDesk desk = new AgentDesk(ctiEndpoint(CENTER), "bob", "pw-bob", AGENT_TONE, CALLER_TONE)) {
            ContactCenter center = desk.contactCenter();
            center.setState(available(center)).toCompletableFuture().join();
            String contactId = placeCall(CENTER);
            desk.awaitEngineEvent("session.state", of(contactId, "state", "TALKING"), "the media set up while it rings");
            EndpointEar endpoint = new EndpointEar(CENTER.baseUri(), contactId);
            endpoint.await("ICE connected and the caller silent while it rings",
                    view -> view.get("iceConnected").getAsBoolean() && "silence".equals(text(view, "callerSends")));

            center.accept(contactId).toCompletableFuture().join();
            desk.awaitEngineEvent("session.heard", hears(contactId, CALLER_TONE), "the agent hears the caller");
            endpoint.await("the caller hears the agent", view -> number(view, "agentToneHz") == AGENT_TONE);

            center.hold(contactId, customerLeg(center, contactId)).toCompletableFuture().join();
            endpoint.await("hold music for the caller", view -> "holdMusic".equals(text(view, "callerHears")));
            int held = desk.engineEventCount();
            desk.awaitEngineEvent(held, "session.stats", silent(contactId), "silence for the agent on hold");
            center.resume(contactId, customerLeg(center, contactId)).toCompletableFuture().join();

            Softphone softphone = OsgiServices.await(Softphone.class);
            softphone.setMuted(contactId, true).toCompletableFuture().join();
            endpoint.await("silence from the muted agent", view -> view.get("agentToneHz").isJsonNull()
                    && number(view, "agentLevelDbfs") < -50);
            softphone.setMuted(contactId, false).toCompletableFuture().join();
            endpoint.await("the agent heard again", view -> number(view, "agentToneHz") == AGENT_TONE);

            center.end(contactId).toCompletableFuture().join();
            AgentEvent.SoftphoneSessionEnded ended = desk.awaitAgentEvent(AgentEvent.SoftphoneSessionEnded.class,
                    e -> contactId.equals(e.report().contactId()), "the session's report");
            SessionTimings timings = ended.report().timings();
            assertTrue(ended.report().failed().isEmpty(), "no failure: " + ended.report());
            for (Duration stage : new Duration[] { timings.initialization(), timings.iceCollection(),
                    timings.signallingConnect(), timings.handshaking(), timings.preTalking(), timings.talking(),
                    timings.cleanup() }) {
                assertNotNull(stage, "every stage is timed: " + timings);
            }
            assertTrue(timings.talking().compareTo(timings.preTalking()) > 0, "talked longer than it took to set up");
        }
    }

    @Test
    void withoutARelayTheCallHasNoAudioAndTheAgentReadsWhy() throws Exception {
        try (AgentDesk desk = new AgentDesk(ctiEndpoint(NO_TURN), "bob", "pw-bob", AGENT_TONE, CALLER_TONE)) {
            ContactCenter center = desk.contactCenter();
            center.setState(available(center)).toCompletableFuture().join();
            String contactId = placeCall(NO_TURN);
            AgentEvent.SoftphoneFailure failure = desk.awaitAgentEvent(AgentEvent.SoftphoneFailure.class,
                    f -> contactId.equals(f.error().contactId()), "a softphone error for the call");
            assertEquals(SoftphoneErrorType.ICE_COLLECTION_TIMEOUT, failure.error().type());
            assertTrue(failure.error().message().startsWith("This call has no audio"), failure.error().message());
            center.accept(contactId).toCompletableFuture().join();
            center.end(contactId).toCompletableFuture().join();
        }
    }

    private static String customerLeg(ContactCenter center, String contactId) {
        return center.snapshot().orElseThrow().contact(contactId).orElseThrow().initialConnection().orElseThrow().id();
    }

    private static Predicate<JsonObject> of(String contactId, String field, String value) {
        return fields -> contactId.equals(text(fields, "contactId")) && value.equals(text(fields, field));
    }

    static Predicate<JsonObject> hears(String contactId, double hz) {
        return fields -> contactId.equals(text(fields, "contactId")) && number(fields, "toneHz") == hz;
    }

    private static Predicate<JsonObject> silent(String contactId) {
        return fields -> contactId.equals(text(fields, "contactId")) && !fields.has("heardToneHz")
                && fields.has("heardLevelDbfs") && fields.get("heardLevelDbfs").getAsDouble() < -50;
    }

    static String text(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    static double number(JsonObject json, String name) {
        JsonElement value = json.get(name);
        return value == null || value.isJsonNull() ? Double.NaN : value.getAsDouble();
    }

    static AgentState available(ContactCenter center) {
        return Wait.forValue("bob's first snapshot", center::snapshot, AgentDesk.WAIT).agent()
                .selectableState("Available").orElseThrow();
    }

    static URI ctiEndpoint(LocalContactCenterExtension server) {
        return URI.create(server.baseUri() + "/api");
    }

    static String placeCall(LocalContactCenterExtension server) throws Exception {
        return placeCall(server, "Sales");
    }

    static String placeCall(LocalContactCenterExtension server, String queue) throws Exception {
        HttpResponse<String> placed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.baseUri() + "/admin/calls")).POST(HttpRequest.BodyPublishers.ofString(
                        "{\"queue\":\"" + queue + "\",\"phoneNumber\":\"+15555550100\",\"audio\":{\"toneHz\":"
                                + (int) CALLER_TONE + "},\"listenForHz\":[" + (int) AGENT_TONE + "]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, placed.statusCode(), placed.body());
        return JsonParser.parseString(placed.body()).getAsJsonObject().get("contactId").getAsString();
    }
}
