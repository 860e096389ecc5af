package dev.callbench.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * What a web page in the agent's own browser can do to the local contact center on 127.0.0.1: through a domain that
 * rebinds to 127.0.0.1 (its Host header names that domain), or with cross-origin "simple" requests that browsers send
 * without asking (a form, a text/plain POST). Every endpoint refuses both before anything changes. Requests are
 * written by hand on a socket, as a browser would send them, so that every header is the test's own.
 */
class FrontDoorSecurityTest {

    private static final String EVIL = "http://evil.example";
    private static final String LISTED = "http://localhost:8080";
    private static TestServer server;
    private static TestServer openToAll;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(TestServer.TIMING, "\"allowedOrigins\": [\"" + LISTED + "\"],");
        openToAll = TestServer.start(TestServer.TIMING, "\"allowedOrigins\": [\"*\"],");
    }

    @AfterAll
    static void stop() {
        server.close();
        openToAll.close();
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api", "/auth/signin", "/auth/authorize", "/auth/signout", "/admin/calls",
            "/admin/calls/c-1/hangup", "/admin/calls/c-1/media", "/admin/health", "/admin/agents",
            "/softphone/signaling" })
    void aHostThatIsNotThisServersIsRefusedOnEveryEndpoint(String path) throws Exception {
        AgentSession bob = server.available("bob");
        Answer answer = send(server, "POST", path, "evil.example", null, "text/plain",
                "{\"queue\":\"Sales\",\"phoneNumber\":\"+15555550100\"}");
        assertEquals(403, answer.status(), answer.toString());
        assertTrue(answer.body().contains("AccessDeniedException"), answer.body());
        assertTrue(bob.snapshot().getAsJsonArray("contacts").isEmpty(), "nothing was placed");
    }

    @Test
    void aPreflightForAnotherHostIsRefused() throws Exception {
        Answer answer = send(server, "OPTIONS", "/api", "rebound.example:" + server.baseUri().getPort(), LISTED, null,
                null);
        assertEquals(403, answer.status(), answer.toString());
        assertFalse(answer.hasHeader("access-control-allow-origin"), answer.toString());
    }

    @Test
    void aCrossOriginSimplePostCannotPlaceACall() throws Exception {
        AgentSession bob = server.available("bob");
        for (String contentType : new String[] { "text/plain", "application/x-www-form-urlencoded", null }) {
            Answer answer = send(server, "POST", "/admin/calls", ownHost(server), EVIL, contentType,
                    "{\"queue\":\"Sales\",\"phoneNumber\":\"+15555550100\"}");
            assertEquals(403, answer.status(), contentType + ": " + answer);
        }
        assertTrue(bob.snapshot().getAsJsonArray("contacts").isEmpty(), "no call was placed");
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api", "/auth/signin", "/auth/authorize", "/auth/signout", "/admin/calls",
            "/admin/calls/c-1/hangup", "/admin/health", "/admin/agents", "/softphone/signaling" })
    void aPreflightFromAForeignOriginGetsNoGrantOnAnyEndpoint(String path) throws Exception {
        Answer answer = send(server, "OPTIONS", path, ownHost(server), EVIL, null, null);
        assertEquals(403, answer.status(), answer.toString());
        assertFalse(answer.hasHeader("access-control-allow-origin"), answer.toString());
        assertFalse(answer.hasHeader("access-control-allow-credentials"), answer.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "evil.example", "rebound.example:80" })
    void theSignalingHandshakeFromAForeignOriginOrHostIsRefused(String host) throws Exception {
        for (String[] hostAndOrigin : new String[][] { { ownHost(server), EVIL }, { host, null } }) {
            StringBuilder handshake = new StringBuilder("GET /softphone/signaling?callId=c-1&contactCtx=x HTTP/1.1\r\n"
                    + "Host: " + hostAndOrigin[0] + "\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                    + "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n");
            if (hostAndOrigin[1] != null) {
                handshake.append("Origin: ").append(hostAndOrigin[1]).append("\r\n");
            }
            Answer answer = sendRaw(server, handshake + "\r\n");
            assertEquals(403, answer.status(), answer.toString());
            assertTrue(answer.body().contains("AccessDeniedException"), answer.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api", "/auth/signin", "/auth/signout", "/admin/calls", "/admin/calls/c-1/hangup" })
    void aMalformedChunkIsAnUnreadableRequestAndChangesNothing(String path) throws Exception {
        AgentSession bob = server.available("bob");
        String body = "{\"queue\":\"Sales\",\"username\":\"bob\",\"password\":\"pw-bob\"}";
        String request = "POST " + path + " HTTP/1.1\r\nHost: " + ownHost(server) + "\r\nContent-Type: application/json\r\n"
                + "X-Amz-Target: AmazonConnectCTIService.PutAgentState\r\nX-Amz-Bearer: " + bob.token() + "\r\n"
                + "Transfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
                + Integer.toHexString(body.length()) + "\r\n" + body + "\r\nZZ-not-a-size\r\n\r\n";
        Answer answer = sendRaw(server, request);
        assertEquals(400, answer.status(), answer.toString());
        assertTrue(answer.body().contains("\"__type\":\"SerializationException\""), answer.toString());
        assertTrue(answer.body().contains("\"message\":"), answer.toString());
        assertFalse(answer.hasHeader("set-cookie"), "no session was opened: " + answer);
        assertTrue(bob.snapshot().getAsJsonArray("contacts").isEmpty(), "no call was placed");
        assertEquals("Available", AgentSession.stateName(bob.snapshot()));
    }

    @ParameterizedTest
    @ValueSource(strings = { "/api", "/auth/signin", "/auth/authorize", "/auth/signout", "/admin/calls",
            "/admin/calls/c-1/hangup", "/admin/health", "/admin/agents", "/softphone/signaling" })
    void aCrossOriginSimplePostIsRefusedBeforeTheEndpoint(String path) throws Exception {
        Answer answer = send(server, "POST", path, ownHost(server), EVIL, "text/plain",
                "{\"username\":\"bob\",\"password\":\"pw-bob\"}");
        assertEquals(403, answer.status(), answer.toString());
        assertFalse(answer.hasHeader("set-cookie"), "no session was opened: " + answer);
    }

    @Test
    void theServersOwnOriginAndAListedOneAreServed() throws Exception {
        String signIn = "{\"username\":\"bob\",\"password\":\"pw-bob\"}";
        Answer own = send(server, "POST", "/auth/signin", ownHost(server), server.baseUri().toString().replaceAll("/$",
                ""), "application/json", signIn);
        assertEquals(200, own.status(), own.toString());
        Answer listed = send(server, "POST", "/auth/signin", ownHost(server), LISTED, "application/json", signIn);
        assertEquals(200, listed.status(), listed.toString());
        assertEquals(LISTED, listed.header("access-control-allow-origin"));
        assertEquals("true", listed.header("access-control-allow-credentials"));
    }

    @Test
    void anyOriginMeansAnyOriginWithoutCredentialsAndNeverTheOpaqueOne() throws Exception {
        String signIn = "{\"username\":\"bob\",\"password\":\"pw-bob\"}";
        Answer any = send(openToAll, "POST", "/auth/signin", ownHost(openToAll), EVIL, "application/json", signIn);
        assertEquals(200, any.status(), any.toString());
        assertEquals("*", any.header("access-control-allow-origin"));
        assertFalse(any.hasHeader("access-control-allow-credentials"), any.toString());

        Answer opaque = send(openToAll, "POST", "/auth/signin", ownHost(openToAll), "null", "application/json", signIn);
        assertEquals(403, opaque.status(), opaque.toString());
        assertFalse(opaque.hasHeader("access-control-allow-origin"), opaque.toString());
    }

    @Test
    void theAdminApiTakesNoOriginThatIsNotListedByName() throws Exception {
        Answer answer = send(openToAll, "POST", "/admin/calls", ownHost(openToAll), EVIL, "application/json",
                "{\"queue\":\"Sales\",\"phoneNumber\":\"+15555550100\"}");
        assertEquals(403, answer.status(), answer.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = { "headers too large", "a malformed request line", "an unknown HTTP version" })
    void whatJettyRefusesIsAnsweredInTheProtocolsShapeWithoutNamingJetty(String what) throws Exception {
        String request = switch (what) {
            case "headers too large" -> "GET /admin/health HTTP/1.1\r\nHost: " + ownHost(server) + "\r\nCookie: "
                    + "x".repeat(20_000) + "\r\n\r\n";
            case "a malformed request line" -> "HELLO THERE\r\n\r\n";
            default -> "GET /admin/health HTTP/9.9\r\nHost: " + ownHost(server) + "\r\n\r\n";
        };
        Answer answer = sendRaw(server, request);
        assertTrue(answer.status() >= 400 && answer.status() < 600, answer.toString());
        assertTrue(answer.body().contains("\"__type\":\"SerializationException\""), answer.toString());
        assertFalse(answer.body().contains("<html"), answer.toString());
        assertFalse(answer.hasHeader("server"), answer.toString());
    }

    @Test
    void noAnswerNamesTheServersSoftware() throws Exception {
        Answer answer = send(server, "GET", "/admin/health", ownHost(server), null, null, null);
        assertEquals(200, answer.status(), answer.toString());
        assertFalse(answer.hasHeader("server"), answer.toString());
    }

    private static String ownHost(TestServer target) {
        return "127.0.0.1:" + target.baseUri().getPort();
    }

    /** Sends one HTTP/1.1 request as written here and reads the whole answer (the server closes after it). */
    private static Answer send(TestServer target, String method, String path, String host, String origin,
            String contentType, String body) throws IOException {
        int length = body == null ? 0 : body.getBytes(StandardCharsets.UTF_8).length;
        StringBuilder request = new StringBuilder(method + " " + path + " HTTP/1.1\r\nHost: " + host + "\r\n");
        if (origin != null) {
            request.append("Origin: ").append(origin).append("\r\n");
        }
        if (contentType != null) {
            request.append("Content-Type: ").append(contentType).append("\r\n");
        }
        if ("OPTIONS".equals(method)) {
            request.append("Access-Control-Request-Method: POST\r\n");
        }
        request.append("Content-Length: ").append(length).append("\r\nConnection: close\r\n\r\n");
        return sendRaw(target, request + (body == null ? "" : body));
    }

    /** Sends the bytes as they are and reads the answer until the server closes the connection. */
    private static Answer sendRaw(TestServer target, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", target.baseUri().getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            socket.shutdownOutput();
            InputStream in = socket.getInputStream();
            return Answer.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    /** An HTTP answer as it came off the socket. */
    private record Answer(int status, List<String> headers, String body) {

        static Answer of(String raw) {
            int end = raw.indexOf("\r\n\r\n");
            List<String> lines = List.of(raw.substring(0, Math.max(0, end)).split("\r\n"));
            int status = Integer.parseInt(lines.get(0).split(" ")[1]);
            return new Answer(status, lines.subList(1, lines.size()), end < 0 ? "" : raw.substring(end + 4));
        }

        String header(String name) {
            return headers.stream().filter(h -> h.toLowerCase().startsWith(name + ":"))
                    .map(h -> h.substring(name.length() + 1).trim()).findFirst().orElse(null);
        }

        boolean hasHeader(String name) {
            return header(name) != null;
        }
    }
}
