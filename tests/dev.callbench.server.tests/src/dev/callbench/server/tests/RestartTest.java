package dev.callbench.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import dev.callbench.server.internal.LocalContactCenter;
import dev.callbench.server.internal.config.ConfigLoader;
import dev.callbench.server.internal.config.ServerConfig;

/** A client that reconnects after the server restarts keeps its sign-in when the server has a token secret. */
class RestartTest {

    private static final String SECRET = "\"tokenSecret\": \"a-secret-for-the-restart-test\",";

    @Test
    void withATokenSecretTokensSurviveARestart() throws Exception {
        ServerConfig config = new ConfigLoader().parse(TestServer.config(TestServer.TIMING, SECRET));
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
