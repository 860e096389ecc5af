package dev.callbench.softphone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.google.gson.JsonParser;

import dev.callbench.api.AgentState;
import dev.callbench.api.SoftphoneErrorType;
import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.service.ContactCenter;
import dev.callbench.tests.support.LocalContactCenterExtension;
import dev.callbench.tests.support.Wait;

/**
 * A softphone call as an agent takes it: the real local contact center, the CTI client signed in by its
 * configuration, the softphone component and its media engine in a process of its own.
 */
class SoftphoneCallTest {

    private static final double AGENT_TONE = 1000;
    private static final double CALLER_TONE = 440;

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

    private static AgentState available(ContactCenter center) {
        return Wait.forValue("bob's first snapshot", center::snapshot, AgentDesk.WAIT).agent()
                .selectableState("Available").orElseThrow();
    }

    private static URI ctiEndpoint(LocalContactCenterExtension server) {
        return URI.create(server.baseUri() + "/api");
    }

    private static String placeCall(LocalContactCenterExtension server) throws Exception {
        HttpResponse<String> placed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(server.baseUri() + "/admin/calls")).POST(HttpRequest.BodyPublishers.ofString(
                        "{\"queue\":\"Sales\",\"phoneNumber\":\"+15555550100\",\"audio\":{\"toneHz\":" + CALLER_TONE
                                + "}}")).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, placed.statusCode(), placed.body());
        return JsonParser.parseString(placed.body()).getAsJsonObject().get("contactId").getAsString();
    }
}
