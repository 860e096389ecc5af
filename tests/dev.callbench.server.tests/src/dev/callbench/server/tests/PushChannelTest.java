package dev.callbench.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

import dev.callbench.tests.support.SelfSignedKeyStore;

/**
 * The agent's push channel that CreateTransport names, over HTTPS as Streams needs it (wss:// only), opened with the
 * address exactly as handed out: Connect's subscribe, unsubscribe and heartbeat topics as Streams' WebSocketManager
 * speaks them; the front door's checks apply to it as to every request.
 */
class PushChannelTest {

    @TempDir
    static Path dir;
    private static SelfSignedKeyStore keyStore;
    private static TestServer server;
    private static HttpClient http;
    private static AgentSession alice;

    @BeforeAll
    static void startHttpsServer() throws Exception {
        keyStore = SelfSignedKeyStore.create(dir);
        server = TestServer.start(TestServer.TIMING, keyStore.tlsConfig());
        http = HttpClient.newBuilder().sslContext(keyStore.trustingContext()).connectTimeout(Duration.ofSeconds(5))
                .build();
        alice = new HttpDriver(server.baseUri(), http).signIn("alice", "pw-alice");
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void createTransportNamesASocketOfThisServerThatStreamsTakes() throws Exception {
        JsonObject transport = alice.ok("CreateTransport", "{\"transportType\":\"web_socket\"}")
                .getAsJsonObject("webSocketTransport");
        URI address = URI.create(transport.get("url").getAsString());
        assertEquals("wss", address.getScheme(), "Streams' WebSocketManager takes wss:// only");
        assertEquals(server.baseUri().getRawAuthority(), address.getRawAuthority());
        assertEquals("/agent/websocket", address.getPath());
        assertTrue(transport.get("transportLifeTimeInSeconds").getAsLong() >= 300,
                "Streams refuses a transport that lives less than 300 s: " + transport);
    }

    @Test
    void subscribesUnsubscribesAndAnswersEveryHeartbeat() throws Exception {
        try (PushPeer peer = new PushPeer(http, address(alice))) {
            JsonObject subscribed = peer.exchange(
                    "{\"topic\":\"aws/subscribe\",\"content\":{\"topics\":[\"aws/agent\",\"aws/contacts\"]}}");
            assertEquals("aws/subscribe", subscribed.get("topic").getAsString());
            assertEquals("success", subscribed.getAsJsonObject("content").get("status").getAsString());
            assertEquals("[\"aws/agent\",\"aws/contacts\"]",
                    subscribed.getAsJsonObject("content").getAsJsonArray("topics").toString());
            for (int beat = 0; beat < 3; beat++) {
                assertEquals("aws/heartbeat", peer.exchange("{\"topic\":\"aws/heartbeat\"}").get("topic").getAsString());
            }
            JsonObject unsubscribed = peer.exchange(
                    "{\"topic\":\"aws/unsubscribe\",\"content\":{\"topics\":[\"aws/contacts\"]}}");
            assertEquals("aws/unsubscribe", unsubscribed.get("topic").getAsString());
            assertEquals("success", unsubscribed.getAsJsonObject("content").get("status").getAsString());
            assertTrue(peer.isOpen(), "the socket stays up");
        }
    }

    @Test
    void malformedFramesAreAnsweredAndTheSocketStaysUp() throws Exception {
        try (PushPeer peer = new PushPeer(http, address(alice))) {
            JsonObject failed = peer.exchange("{\"topic\":\"aws/subscribe\",\"content\":{\"topics\":\"aws/agent\"}}");
            assertEquals("failure", failed.getAsJsonObject("content").get("status").getAsString());
            assertTrue(peer.exchange("not json").has("message"));
            assertTrue(peer.exchange("{\"topic\":\"aws/nothing-here\"}").has("message"));
            assertEquals("aws/heartbeat", peer.exchange("{\"topic\":\"aws/heartbeat\"}").get("topic").getAsString());
        }
    }

    @Test
    void anAddressThisServerDidNotHandOutIsRefused() {
        URI madeUp = URI.create("wss://" + server.baseUri().getRawAuthority() + "/agent/websocket?token=made-up");
        assertEquals(401, handshakeStatus(http.newWebSocketBuilder(), madeUp));
    }

    @Test
    void aPageFromAnotherOriginCannotOpenIt() throws Exception {
        assertEquals(403, handshakeStatus(http.newWebSocketBuilder().header("Origin", "https://evil.example"),
                address(alice)));
    }

    @Test
    void anAgentKeepsAtMostFourSocketsTheOldestIsClosed() throws Exception {
        AgentSession bob = new HttpDriver(server.baseUri(), http).signIn("bob", "pw-bob");
        PushPeer first = new PushPeer(http, address(bob));
        PushPeer[] more = new PushPeer[4];
        try {
            for (int i = 0; i < more.length; i++) {
                more[i] = new PushPeer(http, address(bob));
            }
            assertTrue(first.awaitClosed(), "the fifth socket closed the first");
            assertEquals("aws/heartbeat", more[3].exchange("{\"topic\":\"aws/heartbeat\"}").get("topic").getAsString());
        } finally {
            first.close();
            for (PushPeer peer : more) {
                if (peer != null) {
                    peer.close();
                }
            }
        }
    }

    private static URI address(AgentSession agent) throws Exception {
        return URI.create(agent.ok("CreateTransport", "{\"transportType\":\"web_socket\"}")
                .getAsJsonObject("webSocketTransport").get("url").getAsString());
    }

    private static int handshakeStatus(WebSocket.Builder builder, URI address) {
        CompletionException refused = assertThrows(CompletionException.class,
                () -> builder.buildAsync(address, new WebSocket.Listener() {
                }).join());
        return ((WebSocketHandshakeException) refused.getCause()).getResponse().statusCode();
    }
}
