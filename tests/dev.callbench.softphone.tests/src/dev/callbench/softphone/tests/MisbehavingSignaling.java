package dev.callbench.softphone.tests;

import java.net.URI;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;
import org.eclipse.jetty.websocket.server.WebSocketUpgradeHandler;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * A signaling server that answers every invite with the SDP it was given and one made-up relay candidate: the
 * stand-in for a contact center whose media server sends a broken answer, which the real one never does. On
 * 127.0.0.1, a free port.
 */
final class MisbehavingSignaling implements AutoCloseable {

    private final Server server = new Server();
    private final ServerConnector connector = new ServerConnector(server);

    private MisbehavingSignaling(String answerSdp) throws Exception {
        connector.setHost("127.0.0.1");
        connector.setPort(0);
        server.addConnector(connector);
        server.setHandler(WebSocketUpgradeHandler.from(server, container -> container.addMapping("/*",
                (request, response, callback) -> new Answerer(answerSdp))));
        server.start();
    }

    static MisbehavingSignaling answeringWith(String answerSdp) throws Exception {
        return new MisbehavingSignaling(answerSdp);
    }

    URI endpoint() {
        return URI.create("ws://127.0.0.1:" + connector.getLocalPort() + "/signaling");
    }

    @Override
    public void close() throws Exception {
        server.stop();
    }

    /** Public: Jetty calls its listener methods through method handles. */
    public static final class Answerer implements Session.Listener.AutoDemanding {
        private final String sdp;
        private Session session;

        Answerer(String sdp) {
            this.sdp = sdp;
        }

        @Override
        public void onWebSocketOpen(Session opened) {
            session = opened;
        }

        @Override
        public void onWebSocketText(String text) {
            JsonObject request = JsonParser.parseString(text).getAsJsonObject();
            if (!request.has("method") || !"invite".equals(request.get("method").getAsString())) {
                return;
            }
            JsonObject candidate = new JsonObject();
            candidate.addProperty("candidate", "candidate:1 1 udp 41885695 127.0.0.1 9 typ relay raddr 127.0.0.1 rport 9");
            candidate.addProperty("sdpMid", "0");
            candidate.addProperty("sdpMLineIndex", 0);
            JsonArray candidates = new JsonArray();
            candidates.add(candidate);
            JsonObject result = new JsonObject();
            result.addProperty("sdp", sdp);
            result.add("candidates", candidates);
            JsonObject answer = new JsonObject();
            answer.addProperty("jsonrpc", "2.0");
            answer.add("id", request.get("id"));
            answer.add("result", result);
            session.sendText(answer.toString(), Callback.NOOP);
        }
    }
}
