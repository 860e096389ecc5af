package dev.callbench.softphone.engine.internal.rtc;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.callbench.media.internal.SessionDescription;

/**
 * connect-rtc-js's signaling, client side, over the WebSocket that the contact's softphone media info names: one
 * {@code invite} with the offer and all candidates, answered within 5 s; {@code accept} sent as soon as the answer
 * is taken (it has nothing to do with the agent's Accept); {@code bye} at the end, given 2 s; the server's
 * {@code bye} answered; {@code renewClientToken} kept for the one reconnect after a drop mid-call.
 */
public final class SignalingClient implements AutoCloseable {

    /** What the session learns from the server after the handshake. */
    public interface Listener {
        /** The server ended the session ({@code bye}). */
        void remoteBye();

        /** The server refused the session after it was set up (a 403 to {@code accept}). */
        void handshakeRevoked(String detail);
    }

    static final Duration CONNECT_BUDGET = Duration.ofSeconds(10);
    static final int CONNECT_ATTEMPTS = 3;
    static final Duration INVITE_TIMEOUT = Duration.ofSeconds(5);
    static final Duration BYE_TIMEOUT = Duration.ofSeconds(2);
    private static final System.Logger LOG = System.getLogger(SignalingClient.class.getName());

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI endpoint;
    private final String contactId;
    private final String callContextToken;
    private final Listener listener;
    private final boolean iceRestart;
    private final Map<String, CompletableFuture<JsonObject>> awaited = new ConcurrentHashMap<>();
    private volatile WebSocket socket;
    private volatile String clientToken;
    private volatile boolean ending;
    private CompletableFuture<?> lastSend = CompletableFuture.completedFuture(null);

    public SignalingClient(URI endpoint, String contactId, String callContextToken, Listener listener) {
        this(endpoint, contactId, callContextToken, listener, false);
    }

    private SignalingClient(URI endpoint, String contactId, String callContextToken, Listener listener,
            boolean iceRestart) {
        this.endpoint = endpoint;
        this.contactId = contactId;
        this.callContextToken = callContextToken;
        this.listener = listener;
        this.iceRestart = iceRestart;
    }

    /** A client of its own for an ICE restart: its invite says {@code iceRestart}, as connect-rtc-js's does. */
    public SignalingClient forIceRestart() {
        return new SignalingClient(endpoint, contactId, callContextToken, listener, true);
    }

    /** Opens the socket: up to three attempts within ten seconds, as connect-rtc-js does. */
    public CompletableFuture<Void> connect() {
        long deadline = System.nanoTime() + CONNECT_BUDGET.toNanos();
        return attempt(uri("contactCtx", callContextToken), 1, deadline);
    }

    private CompletableFuture<Void> attempt(URI uri, int number, long deadline) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            return CompletableFuture.failedFuture(
                    new SignalingException(SignalingFailure.CONNECTION, "no signaling socket within " + CONNECT_BUDGET));
        }
        return http.newWebSocketBuilder().connectTimeout(Duration.ofNanos(left)).buildAsync(uri, new Frames())
                .orTimeout(left, TimeUnit.NANOSECONDS)
                .handle((opened, failure) -> {
                    if (failure == null) {
                        socket = opened;
                        return CompletableFuture.<Void>completedFuture(null);
                    }
                    if (number >= CONNECT_ATTEMPTS) {
                        return CompletableFuture.<Void>failedFuture(new SignalingException(SignalingFailure.CONNECTION,
                                "the signaling socket did not open: " + failure));
                    }
                    return attempt(uri, number + 1, deadline);
                }).thenCompose(next -> next);
    }

    private URI uri(String tokenName, String token) {
        StringBuilder uri = new StringBuilder(endpoint.toString()).append(endpoint.getQuery() == null ? '?' : '&')
                .append("callId=").append(encode(contactId));
        if (token != null) {
            uri.append('&').append(tokenName).append('=').append(encode(token));
        }
        return URI.create(uri.toString());
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Sends the offer; completes with the server's answer, or fails as connect-rtc-js's invite does. */
    public CompletableFuture<SessionDescription> invite(SessionDescription offer) {
        JsonObject params = new JsonObject();
        params.addProperty("sdp", offer.sdp());
        params.add("candidates", SignalingJson.candidates(offer.candidates()));
        params.addProperty("callContextToken", callContextToken);
        params.addProperty("contactId", contactId);
        if (iceRestart) {
            params.addProperty("iceRestart", true);
        }
        return request("invite", params).orTimeout(INVITE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .handle((response, failure) -> {
                    if (failure != null) {
                        throw new SignalingException(SignalingFailure.HANDSHAKE, "no answer to the invite within "
                                + INVITE_TIMEOUT);
                    }
                    JsonObject error = SignalingJson.object(response, "error");
                    if (error != null) {
                        throw new SignalingException(SignalingException.ofInviteError(SignalingJson.text(error, "code")),
                                "the invite was refused: " + error);
                    }
                    JsonObject result = SignalingJson.object(response, "result");
                    if (result == null) {
                        throw new SignalingException(SignalingFailure.HANDSHAKE, "an invite response without result");
                    }
                    return new SessionDescription(SignalingJson.text(result, "sdp"), SignalingJson.candidatesOf(result));
                });
    }

    /** Tells the server the answer was applied; its response is not awaited, but a later 403 ends the session. */
    public void accept() {
        request("accept", new JsonObject()).thenAccept(response -> {
            JsonObject error = SignalingJson.object(response, "error");
            if (error != null && "403".equals(SignalingJson.text(error, "code"))) {
                listener.handshakeRevoked("the server refused the accept: " + error);
            } else if (error != null) {
                LOG.log(Level.INFO, "The server answered accept with an error, which changes nothing: {0}", error);
            }
        });
    }

    /** Ends the session from this side: {@code bye}, then the socket closes once answered or after 2 s. */
    public CompletableFuture<Void> bye() {
        ending = true;
        if (socket == null) {
            return CompletableFuture.completedFuture(null);
        }
        JsonObject params = new JsonObject();
        params.addProperty("callContextToken", callContextToken);
        return request("bye", params).orTimeout(BYE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .handle((answered, timedOut) -> {
                    close();
                    return null;
                });
    }

    private CompletableFuture<JsonObject> request(String method, JsonObject params) {
        String id = UUID.randomUUID().toString();
        CompletableFuture<JsonObject> response = new CompletableFuture<>();
        awaited.put(id, response);
        response.whenComplete((done, failure) -> awaited.remove(id));
        WebSocket open = socket;
        if (open == null) {
            response.completeExceptionally(new IllegalStateException("no signaling socket"));
            return response;
        }
        send(open, SignalingJson.request(method, id, params)).exceptionally(failure -> {
            response.completeExceptionally(failure);
            return null;
        });
        return response;
    }

    /** java.net.http.WebSocket refuses a send while another is under way: each waits for the one before. */
    private synchronized CompletableFuture<?> send(WebSocket open, String text) {
        CompletableFuture<?> next = lastSend.handle((done, failed) -> null).thenCompose(ready -> open.sendText(text, true));
        lastSend = next;
        return next;
    }

    private void received(String text) {
        JsonObject frame;
        try {
            frame = JsonParser.parseString(text).getAsJsonObject();
        } catch (RuntimeException malformed) {
            LOG.log(Level.WARNING, "The signaling server sent a frame that is not a JSON object; ignored");
            return;
        }
        String method = SignalingJson.text(frame, "method");
        if (method == null) {
            CompletableFuture<JsonObject> waiting = awaited.get(SignalingJson.text(frame, "id"));
            if (waiting != null) {
                waiting.complete(frame);
            }
            return;
        }
        switch (method) {
            case "bye" -> serverBye(frame);
            case "renewClientToken" -> clientToken = SignalingJson.text(SignalingJson.object(frame, "params"),
                    "clientToken");
            default -> LOG.log(Level.DEBUG, "Signaling method {0} is not for this softphone; ignored", method);
        }
    }

    private void serverBye(JsonObject frame) {
        ending = true;
        JsonElement id = frame.get("id");
        WebSocket open = socket;
        if (open != null && id != null) {
            JsonObject answer = new JsonObject();
            answer.addProperty("jsonrpc", "2.0");
            answer.add("result", new JsonObject());
            answer.add("id", id);
            send(open, answer.toString());
        }
        listener.remoteBye();
    }

    /** One reconnect after a drop mid-call, with the client token; media goes on whatever happens. */
    private void dropped() {
        if (ending) {
            return;
        }
        LOG.log(Level.INFO, "The signaling socket of contact {0} dropped; reconnecting once", contactId);
        http.newWebSocketBuilder().connectTimeout(CONNECT_BUDGET)
                .buildAsync(uri("clientToken", String.valueOf(clientToken)), new Frames())
                .whenComplete((opened, failure) -> {
                    if (failure == null) {
                        socket = opened;
                    } else {
                        LOG.log(Level.INFO, "The signaling socket did not come back; the call goes on without it");
                    }
                });
    }

    @Override
    public void close() {
        ending = true;
        WebSocket open = socket;
        if (open != null) {
            open.abort();
        }
        awaited.values().forEach(waiting -> waiting.completeExceptionally(new IllegalStateException("closed")));
        http.close();
    }

    /** Collects text frames (they may come in parts) and notices the socket going away. */
    private final class Frames implements WebSocket.Listener {
        private final StringBuilder partial = new StringBuilder();

        @Override
        public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
            partial.append(data);
            if (last) {
                String text = partial.toString();
                partial.setLength(0);
                received(text);
            }
            webSocket.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
            if (webSocket == socket) {
                dropped();
            }
            return null;
        }

        @Override
        public void onError(WebSocket webSocket, Throwable error) {
            if (webSocket == socket) {
                dropped();
            }
        }
    }
}
