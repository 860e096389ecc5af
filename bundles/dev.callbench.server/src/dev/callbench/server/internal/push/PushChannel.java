package dev.callbench.server.internal.push;

import java.net.URI;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.WebSocketCreator;

/**
 * The agent's WebSocket that CreateTransport names, {@code /agent/websocket?token=<secret>}: Connect's topics as
 * Streams' WebSocketManager speaks them (aws/subscribe, aws/unsubscribe, aws/heartbeat). The local contact center
 * publishes nothing on it (the long poll carries every change); it keeps Streams' socket up, so that Streams reports
 * the connection gained and does not keep reconnecting. An agent has at most a few sockets open; a new one beyond
 * that closes their oldest.
 */
public final class PushChannel implements WebSocketCreator {

    public static final String PATH = "/agent/websocket";
    private static final int SOCKETS_PER_AGENT = 4;

    private final TransportTokens tokens;
    private final Map<String, Deque<PushSocket>> open = new HashMap<>();

    public PushChannel(Clock clock) {
        this.tokens = new TransportTokens(clock);
    }

    /**
     * The address for the agent's push channel on the server at base. Always {@code wss://}: Streams' WebSocketManager
     * takes no other (and then never starts its long poll), so over plain HTTP the address cannot be opened by a
     * browser and Streams keeps to the long poll.
     */
    public String address(URI base, String login) {
        return "wss://" + base.getRawAuthority() + PATH + "?token=" + tokens.issue(login);
    }

    /** Whether the upgrade request carries a token this server gave and that may still open a socket. */
    public boolean admits(Request request) {
        return login(request).isPresent();
    }

    private Optional<String> login(Request request) {
        return tokens.login(Request.extractQueryParameters(request).getValue("token"));
    }

    @Override
    public Object createWebSocket(ServerUpgradeRequest request, ServerUpgradeResponse response, Callback callback) {
        Optional<String> login = login(request);
        if (login.isEmpty()) { // the token expired since the front door looked at it
            response.setStatus(401);
            callback.succeeded();
            return null;
        }
        return new PushSocket(this, login.get());
    }

    void opened(PushSocket socket) {
        PushSocket oldest = null;
        synchronized (open) {
            Deque<PushSocket> agents = open.computeIfAbsent(socket.login(), l -> new ArrayDeque<>());
            agents.addLast(socket);
            if (agents.size() > SOCKETS_PER_AGENT) {
                oldest = agents.removeFirst();
            }
        }
        if (oldest != null) {
            oldest.close();
        }
    }

    void closed(PushSocket socket) {
        synchronized (open) {
            Deque<PushSocket> agents = open.get(socket.login());
            if (agents != null && agents.remove(socket) && agents.isEmpty()) {
                open.remove(socket.login());
            }
        }
    }
}
