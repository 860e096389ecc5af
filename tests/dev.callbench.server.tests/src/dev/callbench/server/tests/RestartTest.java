package dev.callbench.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

import dev.callbench.server.internal.LocalContactCenter;
import dev.callbench.server.internal.config.ConfigException;
import dev.callbench.server.internal.config.ConfigLoader;
import dev.callbench.server.internal.config.ServerConfig;

/**
 * A client that reconnects after the server restarts keeps its sign-in when the server has a token secret; a sign-out
 * and what agents chose in the CCP's settings are kept in the state folder and survive the restart too.
 */
class RestartTest {

    @TempDir
    Path state;

    private ServerConfig withSecret() throws Exception {
        return new ConfigLoader().parse(TestServer.config(TestServer.TIMING, "\"tokenSecret\": "
                + "\"a-secret-for-the-restart-test\", \"stateFolder\": " + new Gson().toJson(state.toString()) + ","));
    }

    @Test
    void withATokenSecretTokensSurviveARestart() throws Exception {
        ServerConfig config = withSecret();
        AgentSession alice;
        int port;
        try (LocalContactCenter first = LocalContactCenter.start(config)) {
            port = first.port();
            alice = new HttpDriver(first.baseUri()).signIn("alice", "pw-alice");
            alice.putState("Available");
            alice.awaitState("Available");
        }
        try (LocalContactCenter second = LocalContactCenter.start(config.withAddress(null, port))) {
            assertEquals(200, alice.call("GetAgentConfiguration", "{}").status(), "the old token still works");
            var snapshot = alice.ok("GetAgentSnapshot", "{\"nextToken\":\"" + alice.nextToken() + "\",\"timeout\":20000}");
            assertEquals("Offline", AgentSession.stateName(snapshot.getAsJsonObject("snapshot")),
                    "a poll from before the restart is answered at once, with the new run's state");
        }
    }

    @Test
    void aSignOutSurvivesARestart() throws Exception {
        ServerConfig config = withSecret();
        AgentSession signedOut;
        AgentSession stillIn;
        int port;
        try (LocalContactCenter first = LocalContactCenter.start(config)) {
            port = first.port();
            HttpDriver client = new HttpDriver(first.baseUri());
            signedOut = client.signIn("alice", "pw-alice");
            stillIn = client.signIn("bob", "pw-bob");
            HttpAnswer out = client.post("/auth/signout", "", Map.of("Cookie",
                    "callbench_session=" + signedOut.refreshToken()));
            assertEquals(200, out.status(), out.body());
            assertEquals(401, signedOut.call("GetAgentConfiguration", "{}").status(), "refused at once");
        }
        String kept = Files.readString(state.resolve("sign-outs.json"));
        assertTrue(kept.contains("alice") && !kept.contains(signedOut.token()) && !kept.contains("bob"), kept);
        try (LocalContactCenter second = LocalContactCenter.start(config.withAddress(null, port))) {
            HttpAnswer old = signedOut.call("GetAgentConfiguration", "{}");
            assertEquals(401, old.status(), "the signed-out access token stays refused: " + old.body());
            HttpAnswer renew = new HttpDriver(second.baseUri()).get("/auth/authorize", Map.of("Cookie",
                    "callbench_session=" + signedOut.refreshToken()));
            assertEquals(401, renew.status(), "so does its session: " + renew.body());
            assertEquals(200, stillIn.call("GetAgentConfiguration", "{}").status(), "another agent's token works");
            AgentSession again = new HttpDriver(second.baseUri()).signIn("alice", "pw-alice");
            assertEquals(200, again.call("GetAgentConfiguration", "{}").status(), "a new sign-in works");
        }
    }

    @Test
    void whatAnAgentChoseInTheSettingsSurvivesARestart() throws Exception {
        ServerConfig config = withSecret();
        int port;
        try (LocalContactCenter first = LocalContactCenter.start(config)) {
            port = first.port();
            AgentSession alice = new HttpDriver(first.baseUri()).signIn("alice", "pw-alice");
            alice.ok("UpdateAgentConfiguration", "{\"configuration\": {\"softphoneEnabled\": false, "
                    + "\"softphoneAutoAccept\": true, \"extension\": \"+15555550199\", "
                    + "\"agentPreferences\": {\"LANGUAGE\": \"de_DE\"}}}");
        }
        Path kept = state.resolve("agent-settings.json");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(kept)));
        assertFalse(Files.readString(kept).contains("pw-alice"), "no password in " + Files.readString(kept));
        try (LocalContactCenter second = LocalContactCenter.start(config.withAddress(null, port))) {
            AgentSession alice = new HttpDriver(second.baseUri()).signIn("alice", "pw-alice");
            JsonObject configuration = alice.ok("GetAgentConfiguration", "{}").getAsJsonObject("configuration");
            assertFalse(configuration.get("softphoneEnabled").getAsBoolean(), "still on the desk phone");
            assertTrue(configuration.get("softphoneAutoAccept").getAsBoolean());
            assertEquals("+15555550199", configuration.get("extension").getAsString());
            assertEquals("de_DE", configuration.getAsJsonObject("agentPreferences").get("LANGUAGE").getAsString());
            AgentSession bob = new HttpDriver(second.baseUri()).signIn("bob", "pw-bob");
            assertTrue(bob.ok("GetAgentConfiguration", "{}").getAsJsonObject("configuration")
                    .get("softphoneEnabled").getAsBoolean(), "another agent keeps the configured softphone");
        }
    }

    @Test
    void aTokenSecretNeedsAStateFolder() {
        ConfigException refused = assertThrows(ConfigException.class, () -> new ConfigLoader().parse(
                TestServer.config(TestServer.TIMING, "\"tokenSecret\": \"a-secret-for-the-restart-test\",")));
        assertTrue(refused.getMessage().contains("stateFolder"), refused.getMessage());
    }

    @Test
    void withoutATokenSecretTheClientMustSignInAgain() throws Exception {
        ServerConfig config = new ConfigLoader().parse(TestServer.config(TestServer.TIMING, ""));
        AgentSession alice;
        int port;
        try (LocalContactCenter first = LocalContactCenter.start(config)) {
            port = first.port();
            alice = new HttpDriver(first.baseUri()).signIn("alice", "pw-alice");
        }
        try (LocalContactCenter second = LocalContactCenter.start(config.withAddress(null, port))) {
            HttpAnswer reply = alice.call("GetAgentConfiguration", "{}");
            assertEquals(401, reply.status());
            assertEquals("UnauthorizedException", reply.errorType());
        }
    }
}
