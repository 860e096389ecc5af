package dev.callbench.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A browser page on an allowed origin may call the CTI service; pages on other origins get no CORS grant. */
class CorsTest {

    private static final String ALLOWED = "http://localhost:8080";
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(TestServer.TIMING, "\"allowedOrigins\": [\"" + ALLOWED + "\"],");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void preflightFromAnAllowedOriginAllowsTheAmzHeaders() throws Exception {
        HttpResponse<String> response = preflight(ALLOWED);
        assertEquals(204, response.statusCode());
        assertEquals(ALLOWED, response.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        String headers = response.headers().firstValue("Access-Control-Allow-Headers").orElseThrow();
        assertTrue(headers.contains("X-Amz-Target") && headers.contains("X-Amz-Bearer"), headers);
    }

    @Test
    void preflightFromAnotherOriginIsRefused() throws Exception {
        HttpResponse<String> response = preflight("http://evil.example");
        assertEquals(403, response.statusCode());
        assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    @Test
    void answersCarryTheGrantForTheAllowedOriginOnly() throws Exception {
        AgentSession alice = server.agent("alice", null);
        HttpResponse<String> allowed = server.client().raw(api(alice, ALLOWED));
        assertEquals(ALLOWED, allowed.headers().firstValue("Access-Control-Allow-Origin").orElseThrow());
        HttpResponse<String> other = server.client().raw(api(alice, "http://evil.example"));
        assertTrue(other.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
    }

    private static HttpRequest api(AgentSession agent, String origin) {
        return HttpRequest.newBuilder(server.baseUri().resolve("/api")).header("Origin", origin)
                .header("X-Amz-Target", "AmazonConnectCTIService.GetAgentStates").header("X-Amz-Bearer", agent.token())
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build();
    }

    private static HttpResponse<String> preflight(String origin) throws Exception {
        return server.client().raw(HttpRequest.newBuilder(server.baseUri().resolve("/api"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", origin)
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-amz-target,x-amz-bearer").build());
    }
}
