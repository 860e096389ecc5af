package dev.callbench.softphone.tests;

import static dev.callbench.softphone.tests.SoftphoneCallTest.AGENT_TONE;
import static dev.callbench.softphone.tests.SoftphoneCallTest.CALLER_TONE;
import static dev.callbench.softphone.tests.SoftphoneCallTest.number;
import static dev.callbench.softphone.tests.SoftphoneCallTest.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.google.gson.JsonObject;

import dev.callbench.api.SoftphoneErrorType;
import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.service.ContactCenter;
import dev.callbench.softphone.internal.Messages;
import dev.callbench.softphone.internal.engine.MediaEngineSupervisor;
import dev.callbench.tests.support.LocalContactCenterExtension;
import dev.callbench.tests.support.OsgiServices;
import dev.callbench.tests.support.Wait;

/**
 * The media path breaking during a call, for real, on the far side of the agent's softphone: the contact center's
 * media endpoint losing the call's media as a crash loses it (its peer closed, nobody told: it runs inside the local
 * contact center's process, with the CTI service and the signaling, so it cannot be killed by pid on its own), and
 * the relay process killed (the contact center starts it again on the same port, with every allocation gone). The
 * agent's softphone and media engine are the product's, and are not touched. This class has a contact center, and a
 * coturn, of its own.
 */
class MidCallMediaFaultsTest {

    @RegisterExtension
    static final LocalContactCenterExtension CENTER = new LocalContactCenterExtension("""
            {
              "host": "127.0.0.1", "port": 0,
              "queues": [{"name": "Help"}, {"name": "Line"}],
              "routingProfiles": [{"name": "Help", "queues": ["Help"]}, {"name": "Line", "queues": ["Line"]}],
              "agents": [{"login": "erin", "password": "pw-erin", "name": "Erin", "routingProfile": "Help"},
                         {"login": "frank", "password": "pw-frank", "name": "Frank", "routingProfile": "Line"}]
            }
            """);

    @Test
    void theMediaEndpointLosingTheCallsMediaIsARealtimeCommunicationErrorAndTheNextCallHasAudioBothWays()
            throws Exception {
        try (AgentDesk desk = new AgentDesk(SoftphoneCallTest.ctiEndpoint(CENTER), "erin", "pw-erin", AGENT_TONE,
                CALLER_TONE)) {
            ContactCenter center = desk.contactCenter();
            center.setState(SoftphoneCallTest.available(center)).toCompletableFuture().join();
            String first = SoftphoneCallTest.talking(desk, center, SoftphoneCallTest.placeCall(CENTER, "Help"));
            MediaEngineSupervisor supervisor = OsgiServices.await(MediaEngineSupervisor.class);
            long engine = supervisor.current().orElseThrow().pid();

            HttpResponse<String> crashed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(CENTER.baseUri() + "/admin/calls/" + first + "/media/crash"))
                    .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, crashed.statusCode(), crashed.body());

            AgentEvent.SoftphoneFailure lost = desk.awaitAgentEvent(AgentEvent.SoftphoneFailure.class,
                    f -> first.equals(f.error().contactId()), "the agent told that the call lost its sound");
            assertEquals(SoftphoneErrorType.REALTIME_COMMUNICATION_ERROR, lost.error().type());
            assertEquals(Messages.softphone_mediaLost, lost.error().message());
            JsonObject report = desk.awaitEngineEvent("session.ended", of(first), "the lost call's media released")
                    .getAsJsonObject("report");
            assertEquals("MEDIA_LOST", text(report, "failure"), report.toString());
            assertTrue(report.get("iceRestartAttempts").getAsInt() >= 1, "an ICE restart was tried: " + report);
            assertTrue(report.get("iceRestartFailed").getAsBoolean(), "the dead endpoint refused it: " + report);
            assertEquals(3, report.get("iceRestartInviteRetries").getAsInt(), "four invites, as connect-rtc-js sends: "
                    + report);
            assertTrue(report.get("iceConnectionsFailed").getAsBoolean(), report.toString());
            center.end(first).toCompletableFuture().join();
            center.clearAfterCallWork(first).toCompletableFuture().join();

            String second = SoftphoneCallTest.talking(desk, center, SoftphoneCallTest.placeCall(CENTER, "Help"));
            new EndpointEar(CENTER.baseUri(), second).await("the caller hears the agent on the next call",
                    view -> number(view, "agentToneHz") == AGENT_TONE);
            assertEquals(engine, supervisor.current().orElseThrow().pid(), "the same media engine took the next call");
            center.end(second).toCompletableFuture().join();
            center.clearAfterCallWork(second).toCompletableFuture().join();
        }
    }

    @Test
    void whenTheRelayDiesMidCallAnIceRestartBringsTheSoundBackBothWays() throws Exception {
        try (AgentDesk desk = new AgentDesk(SoftphoneCallTest.ctiEndpoint(CENTER), "frank", "pw-frank", AGENT_TONE,
                CALLER_TONE)) {
            ContactCenter center = desk.contactCenter();
            center.setState(SoftphoneCallTest.available(center)).toCompletableFuture().join();
            String call = SoftphoneCallTest.talking(desk, center, SoftphoneCallTest.placeCall(CENTER, "Line"));
            EndpointEar endpoint = new EndpointEar(CENTER.baseUri(), call);
            endpoint.await("the caller hears the agent", view -> number(view, "agentToneHz") == AGENT_TONE);
            int port = relayPort(center, call);
            ProcessHandle relay = Wait.forValue("the relay's process", () -> relayProcess(port), AgentDesk.WAIT);

            int before = desk.engineEventCount();
            relay.destroyForcibly();
            desk.awaitEngineEvent(before, "session.heard", hearsNothing(call), "the agent hears nothing any more");
            endpoint.await("the caller hears nothing any more", view -> view.get("agentToneHz").isJsonNull());
            int broken = desk.engineEventCount();
            desk.awaitEngineEvent(broken, "session.heard", SoftphoneCallTest.hears(call, CALLER_TONE),
                    "the agent hears the caller again");
            endpoint.await("the caller hears the agent again", view -> number(view, "agentToneHz") == AGENT_TONE);
            assertNotEquals(relay.pid(), relayProcess(port).orElseThrow().pid(), "a new relay on the same port");

            center.end(call).toCompletableFuture().join();
            JsonObject report = desk.awaitEngineEvent("session.ended", of(call), "the call's report")
                    .getAsJsonObject("report");
            assertTrue(!report.has("failure"), "the call did not fail: " + report);
            assertTrue(report.get("iceRestartAttempts").getAsInt() >= 1, report.toString());
            assertTrue(report.get("iceRestartSuccesses").getAsInt() >= 1, report.toString());
            center.clearAfterCallWork(call).toCompletableFuture().join();
        }
    }

    /** The port of the TURN server the call's softphone was handed: {@code turn:127.0.0.1:<port>?transport=udp}. */
    private static int relayPort(ContactCenter center, String contactId) {
        String url = center.snapshot().orElseThrow().contact(contactId).orElseThrow().connections().stream()
                .flatMap(c -> c.softphone().stream()).findFirst().orElseThrow().iceServers().get(0).urls().get(0);
        String afterHost = url.substring(url.lastIndexOf(':') + 1);
        return Integer.parseInt(afterHost.replaceAll("\\D.*", ""));
    }

    /** The coturn of this JVM's contact center that listens on that port. */
    private static Optional<ProcessHandle> relayProcess(int port) {
        return ProcessHandle.current().descendants().filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().orElse("").endsWith("turnserver"))
                .filter(p -> p.info().arguments().map(args -> java.util.List.of(args)
                        .contains("--listening-port=" + port)).orElse(false))
                .findFirst();
    }

    private static Predicate<JsonObject> of(String contactId) {
        return fields -> contactId.equals(text(fields, "contactId"));
    }

    private static Predicate<JsonObject> hearsNothing(String contactId) {
        return fields -> contactId.equals(text(fields, "contactId")) && !fields.has("toneHz");
    }
}
