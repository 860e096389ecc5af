package dev.callbench.server.tests;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** The agent's push channel as Streams' WebSocketManager uses it, opened with java.net.http's WebSocket client. */
final class PushPeer implements AutoCloseable {

    private static final Duration WAIT = Duration.ofSeconds(10);

    private final TextFrames received = new TextFrames();
    private final WebSocket socket;

    PushPeer(HttpClient http, URI address) throws Exception {
        socket = http.newWebSocketBuilder().connectTimeout(WAIT).buildAsync(address, received)
                .get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    /** Sends one frame and returns the server's answer to it. */
    JsonObject exchange(String frame) throws Exception {
        socket.sendText(frame, true).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        String answer = received.poll(WAIT);
        if (answer == null) {
            throw new AssertionError("no answer to " + frame + " within " + WAIT);
        }
        return JsonParser.parseString(answer).getAsJsonObject();
    }

    boolean isOpen() {
        return !received.isClosed() && !socket.isInputClosed();
    }

    /** Waits until the server closes the socket. */
    boolean awaitClosed() throws InterruptedException {
        return received.awaitClosed(WAIT);
    }

    @Override
    public void close() {
        socket.abort();
    }
}
