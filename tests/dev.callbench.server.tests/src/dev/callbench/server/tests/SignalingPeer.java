package dev.callbench.server.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A softphone's signaling socket, as connect-rtc-js opens it ({@code ?callId=..&contactCtx=..}), speaking JSON-RPC
 * by hand so that every frame is the test's own. Frames the server sends queue up for {@link #next()}.
 */
final class SignalingPeer implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final TextFrames received = new TextFrames();
    /** Frames {@link #responseTo} or {@link #requestOf} read past, for the other to find. */
    private final List<JsonObject> passed = new ArrayList<>();
    private final WebSocket socket;

    private SignalingPeer(URI uri) throws Exception {
        socket = HttpClient.newHttpClient().newWebSocketBuilder().connectTimeout(WAIT)
                .buildAsync(uri, received).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Opens the signaling endpoint named in the contact's softphone media info, for that contact. */
    static SignalingPeer open(URI endpoint, String contactId, String callContextToken) throws Exception {
        return new SignalingPeer(URI.create(endpoint + "?callId=" + encode(contactId) + "&contactCtx="
                + encode(callContextToken)));
    }

    static URI endpointOf(TestServer server) {
        return URI.create("ws://127.0.0.1:" + server.baseUri().getPort() + "/softphone/signaling");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Sends a request; returns its id. */
    String request(String method, JsonObject params) {
        String id = UUID.randomUUID().toString();
        JsonObject frame = new JsonObject();
        frame.addProperty("jsonrpc", "2.0");
        frame.addProperty("method", method);
        frame.addProperty("id", id);
        frame.add("params", params);
        sendText(frame.toString());
        return id;
    }

    /**
     * Sends an invite as connect-rtc-js does (the offer's SDP, every candidate gathered, the call context token) and
     * returns the server's response to it: its result (the answer) or its error.
     */
    JsonObject invite(String sdp, JsonArray candidates, String callContextToken) throws InterruptedException {
        JsonObject params = new JsonObject();
        params.addProperty("sdp", sdp);
        params.add("candidates", candidates);
        params.addProperty("callContextToken", callContextToken);
        return responseTo(request("invite", params));
    }

    /** The server's response to the request {@code id}; fails after ten seconds without one. */
    JsonObject responseTo(String id) throws InterruptedException {
        return frameWhere(frame -> frame.has("id") && !frame.get("id").isJsonNull() && !frame.has("method")
                && frame.get("id").getAsString().equals(id));
    }

    /** The next request (or notification) {@code method} the server sent; fails after ten seconds without one. */
    JsonObject requestOf(String method) throws InterruptedException {
        return frameWhere(frame -> frame.has("method") && frame.get("method").getAsString().equals(method));
    }

    /** Answers a request of the server with an empty result, as connect-rtc-js answers its bye. */
    void respond(JsonObject request) {
        JsonObject frame = new JsonObject();
        frame.addProperty("jsonrpc", "2.0");
        frame.add("id", request.get("id"));
        frame.add("result", new JsonObject());
        sendText(frame.toString());
    }

    private JsonObject frameWhere(Predicate<JsonObject> wanted) throws InterruptedException {
        for (JsonObject frame : passed) {
            if (wanted.test(frame)) {
                passed.remove(frame);
                return frame;
            }
        }
        for (JsonObject frame = next(); ; frame = next()) {
            if (wanted.test(frame)) {
                return frame;
            }
            passed.add(frame);
        }
    }

    void sendText(String text) {
        socket.sendText(text, true).join();
    }

    /** The next frame the server sent; fails after ten seconds. */
    JsonObject next() throws InterruptedException {
        String text = received.poll(WAIT);
        assertNotNull(text, "the server sent nothing within " + WAIT);
        return JsonParser.parseString(text).getAsJsonObject();
    }

    /** Whether the server closed the socket within ten seconds. */
    boolean closedByServer() throws InterruptedException {
        return received.awaitClosed(WAIT);
    }

    @Override
    public void close() {
        socket.abort();
    }
}
