package dev.callbench.server.tests;

import static dev.callbench.server.tests.AgentSession.connection;
import static dev.callbench.server.tests.AgentSession.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/**
 * UpdateAgentConfiguration as the CCP's settings send it (Streams' agent.setConfiguration): softphone or desk phone,
 * auto-accept, language; kept for the agent and returned by GetAgentConfiguration, and the snapshots follow.
 */
class AgentSettingsTest {

    private TestServer server;
    private AgentSession bob;

    @BeforeEach
    void start() throws Exception {
        server = TestServer.start();
        bob = server.agent("bob", null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aDeskPhoneAutoAcceptAndLanguageAreKeptAndReturned() throws Exception {
        bob.ok("UpdateAgentConfiguration", update(false, true, "+15555550199", "de_DE"));
        JsonObject configuration = configuration();
        assertFalse(configuration.get("softphoneEnabled").getAsBoolean());
        assertTrue(configuration.get("softphoneAutoAccept").getAsBoolean());
        assertEquals("+15555550199", configuration.get("extension").getAsString());
        assertEquals("de_DE", configuration.getAsJsonObject("agentPreferences").get("LANGUAGE").getAsString());
        assertEquals("Bob", configuration.get("name").getAsString(), "the name is the configuration's");
        assertEquals(1, configuration().getAsJsonObject("routingProfile").getAsJsonObject("channelConcurrencyMap")
                .get("VOICE").getAsInt());
        AgentSession again = server.agent("bob", null);
        assertFalse(again.ok("GetAgentConfiguration", "{}").getAsJsonObject("configuration")
                .get("softphoneEnabled").getAsBoolean(), "kept for the agent's next sign-in too");
    }

    @Test
    void onADeskPhoneAnOfferedCallHasNoSoftphoneMediaOnASoftphoneItFollowsAutoAccept() throws Exception {
        bob.ok("UpdateAgentConfiguration", update(false, false, "+15555550199", "en_US"));
        bob.putState("Available");
        String call = server.placeCall("BasicQueue");
        JsonObject desk = connection(contact(bob.awaitContact(call, "connecting"), call).orElseThrow(), "agent");
        assertFalse(desk.has("softphoneMediaInfo"), "a desk phone call: " + desk);

        bob.ok("UpdateAgentConfiguration", update(true, true, "", "en_US"));
        JsonObject softphone = connection(contact(bob.await("softphone media info", s -> contact(s, call)
                .map(c -> connection(c, "agent").has("softphoneMediaInfo")).orElse(false)), call).orElseThrow(),
                "agent");
        assertTrue(softphone.getAsJsonObject("softphoneMediaInfo").get("autoAccept").getAsBoolean());
    }

    @Test
    void aDeskPhoneWithoutAPhoneNumberIsRefusedAndNothingChanges() throws Exception {
        HttpAnswer refused = bob.call("UpdateAgentConfiguration", update(false, false, "my desk", "en_US"));
        assertEquals(400, refused.status());
        assertEquals("InvalidConfigurationException", refused.errorType());
        assertTrue(configuration().get("softphoneEnabled").getAsBoolean());
        HttpAnswer missing = bob.call("UpdateAgentConfiguration", "{\"configuration\":{\"name\":\"Bob\"}}");
        assertEquals(400, missing.status());
        assertEquals("InvalidParameterException", missing.errorType());
    }

    private JsonObject configuration() throws Exception {
        return bob.ok("GetAgentConfiguration", "{}").getAsJsonObject("configuration");
    }

    /** What Streams sends: the configuration it got, with the agent's changes. */
    private String update(boolean softphone, boolean autoAccept, String extension, String language) throws Exception {
        JsonObject configuration = configuration();
        configuration.addProperty("softphoneEnabled", softphone);
        configuration.addProperty("softphoneAutoAccept", autoAccept);
        configuration.addProperty("extension", extension);
        configuration.addProperty("name", "Someone else");
        configuration.getAsJsonObject("agentPreferences").addProperty("LANGUAGE", language);
        JsonObject body = new JsonObject();
        body.add("configuration", configuration);
        return body.toString();
    }
}
