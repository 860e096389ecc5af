package dev.callbench.server.tests;

import static dev.callbench.server.tests.AgentSession.connection;
import static dev.callbench.server.tests.AgentSession.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.util.concurrent.CompletionException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The signaling endpoint as a softphone meets it: connect-rtc-js's JSON-RPC over the WebSocket that the contact's
 * softphone media info names, refusing what the protocol refuses with its error codes.
 */
class SignalingTest {

    private TestServer server;
    private AgentSession bob;
    private String call;

    @BeforeEach
    void ringBob() throws Exception {
        server = TestServer.start();
        bob = server.available("bob");
        call = server.placeCall("Sales");
        bob.awaitContact(call, "connecting");
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void theSoftphoneMediaInfoNamesThisEndpoint() throws Exception {
        JsonObject config = JsonParser.parseString(mediaInfo().get("callConfigJson").getAsString()).getAsJsonObject();
        assertEquals(SignalingPeer.endpointOf(server).toString(), config.get("signalingEndpoint").getAsString());
    }

    @Test
    void anInviteForAContactThatDoesNotExistIsCallNotFound() throws Exception {
        try (SignalingPeer peer = SignalingPeer.open(SignalingPeer.endpointOf(server), "no-such-contact", "x")) {
            String id = peer.request("invite", offer("x"));
            assertError(peer.next(), id, 404);
        }
    }

    @Test
    void anInviteWithAnotherCallContextTokenIsAccessDenied() throws Exception {
        try (SignalingPeer peer = SignalingPeer.open(SignalingPeer.endpointOf(server), call, "guessed")) {
            String id = peer.request("invite", offer("guessed"));
            assertError(peer.next(), id, 403);
        }
        assertEquals("connecting", AgentSession.stateType(contact(bob.snapshot(), call).orElseThrow()),
                "the call still rings");
    }

    @Test
    void aMalformedFrameIsAnsweredWithBadRequestAndTheSocketGoesOn() throws Exception {
        String token = mediaInfo().get("callContextToken").getAsString();
        try (SignalingPeer peer = SignalingPeer.open(SignalingPeer.endpointOf(server), call, token)) {
            peer.sendText("{\"jsonrpc\":\"2.0\",\"method\":\"invite\",\"id\":");
            JsonObject refused = peer.next();
            assertTrue(refused.get("id").isJsonNull(), refused.toString());
            assertEquals(400, refused.getAsJsonObject("error").get("code").getAsInt());
            String id = peer.request("invite", offer("another"));
            assertError(peer.next(), id, 403);
        }
    }

    @Test
    void anInviteWithoutSdpIsBadRequest() throws Exception {
        String token = mediaInfo().get("callContextToken").getAsString();
        try (SignalingPeer peer = SignalingPeer.open(SignalingPeer.endpointOf(server), call, token)) {
            JsonObject params = offer(token);
            params.remove("sdp");
            String id = peer.request("invite", params);
            assertError(peer.next(), id, 400);
        }
    }

    @Test
    void aPageFromAnotherOriginCannotOpenTheSocket() throws Exception {
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder()
                .header("Origin", "http://evil.example");
        URI uri = URI.create(SignalingPeer.endpointOf(server) + "?callId=" + call + "&contactCtx=x");
        CompletionException refused = assertThrows(CompletionException.class,
                () -> builder.buildAsync(uri, new WebSocket.Listener() {
                }).join());
        WebSocketHandshakeException handshake = (WebSocketHandshakeException) refused.getCause();
        assertEquals(403, handshake.getResponse().statusCode());
    }

    private JsonObject mediaInfo() throws Exception {
        return connection(contact(bob.snapshot(), call).orElseThrow(), "agent").getAsJsonObject("softphoneMediaInfo");
    }

    /** An invite's params as connect-rtc-js sends them; the SDP is a placeholder the server never gets to read. */
    private static JsonObject offer(String callContextToken) {
        JsonObject params = new JsonObject();
        params.addProperty("sdp", "v=0\r\n");
        params.add("candidates", new JsonArray());
        params.addProperty("callContextToken", callContextToken);
        return params;
    }

    private static void assertError(JsonObject frame, String id, int code) {
        assertEquals(id, frame.get("id").getAsString(), frame.toString());
        assertEquals(code, frame.getAsJsonObject("error").get("code").getAsInt(), frame.toString());
    }
}
