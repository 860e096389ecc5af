package dev.callbench.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/** The configuration calls Streams makes before it shows anything, in the shape it needs. */
class AgentConfigurationTest extends SharedServer {

    private static final String ARN = "arn:aws:connect:[^:]+:[0-9]{12}:instance/[0-9a-f-]{36}/";

    private static AgentSession bob;

    @BeforeAll
    static void signIn() throws Exception {
        bob = server.agent("bob", null);
    }

    @Test
    void configurationCarriesWhatStreamsCannotDoWithout() throws Exception {
        JsonObject configuration = bob.ok("GetAgentConfiguration", "{}").getAsJsonObject("configuration");
        assertEquals("Bob", configuration.get("name").getAsString());
        assertEquals("", configuration.get("extension").getAsString());
        assertTrue(configuration.get("softphoneEnabled").getAsBoolean());
        JsonObject profile = configuration.getAsJsonObject("routingProfile");
        assertTrue(profile.get("routingProfileARN").getAsString().matches(ARN + "routing-profile/.+"));
        assertEquals("Sales", profile.getAsJsonObject("defaultOutboundQueue").get("name").getAsString());
        assertTrue(configuration.get("agentARN").getAsString().matches(ARN + "agent/.+"));
        assertEquals("{\"VOICE\":1,\"CHAT\":0,\"TASK\":0}", profile.getAsJsonObject("channelConcurrencyMap").toString(),
                "every channel Streams knows, with what the profile takes at once");
    }

    @Test
    void statesPermissionsAndCountriesAreListed() throws Exception {
        List<String> states = names(bob.ok("GetAgentStates", "{\"maxResults\":500}").getAsJsonArray("states"), "name");
        assertEquals(List.of("Available", "Break", "Offline"), states);
        assertFalse(bob.ok("GetAgentPermissions", "{}").getAsJsonArray("permissions").isEmpty());
        assertTrue(bob.ok("GetDialableCountryCodes", "{}").getAsJsonArray("countryCodes").toString().contains("\"us\""));
    }

    @Test
    void routingProfileQueuesComeInOnePage() throws Exception {
        String profileArn = bob.ok("GetAgentConfiguration", "{}").getAsJsonObject("configuration")
                .getAsJsonObject("routingProfile").get("routingProfileARN").getAsString();
        JsonObject queues = bob.ok("GetRoutingProfileQueues",
                "{\"routingProfileARN\":\"" + profileArn + "\",\"maxResults\":1}");
        assertEquals(List.of("BasicQueue", "Sales"), names(queues.getAsJsonArray("queues"), "name"));
        assertNull(queues.get("nextToken"));
    }

    @Test
    void anotherAgentsRoutingProfileIsRefused() throws Exception {
        AgentSession alice = server.agent("alice", null);
        String bobsProfile = bob.ok("GetAgentConfiguration", "{}").getAsJsonObject("configuration")
                .getAsJsonObject("routingProfile").get("routingProfileARN").getAsString();
        HttpAnswer reply = alice.call("GetRoutingProfileQueues", "{\"routingProfileARN\":\"" + bobsProfile + "\"}");
        assertEquals(403, reply.status());
    }

    @Test
    void quickConnectsArePaged() throws Exception {
        List<String> names = new ArrayList<>();
        String next = null;
        int pages = 0;
        do {
            JsonObject page = bob.ok("GetEndpoints", "{\"queueARNs\":" + bob.queueArns() + ",\"maxResults\":2"
                    + (next == null ? "" : ",\"nextToken\":\"" + next + "\"") + "}");
            names.addAll(names(page.getAsJsonArray("endpoints"), "name"));
            next = page.has("nextToken") ? page.get("nextToken").getAsString() : null;
            pages++;
        } while (next != null);
        assertEquals(List.of("Supervisor", "Sales queue", "Bob", "Carol"), names);
        assertEquals(2, pages);
    }

    @Test
    void eachAgentIsOfferedTheQuickConnectsOfItsQueues() throws Exception {
        AgentSession alice = server.agent("alice", null); // Basic: BasicQueue only; Carol is offered in Sales
        assertEquals(List.of("Supervisor", "Sales queue", "Bob"), names(alice.quickConnects(), "name"));
        assertEquals(List.of("Supervisor", "Sales queue", "Bob", "Carol"), names(bob.quickConnects(), "name"));
    }

    private static List<String> names(Iterable<JsonElement> items, String field) {
        List<String> names = new ArrayList<>();
        items.forEach(item -> names.add(item.getAsJsonObject().get(field).getAsString()));
        return names;
    }
}
