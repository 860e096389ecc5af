package dev.callbench.server.internal.http;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.websocket.server.ServerWebSocketContainer;

import dev.callbench.server.internal.push.PushChannel;
import dev.callbench.server.internal.signaling.SignalingService;

/** The WebSocket endpoints behind the front door, so that the gate's checks apply to them as to every request. */
record WebSockets(ServerWebSocketContainer container, SignalingService signaling, PushChannel push) {

    /** False when the request is not a WebSocket upgrade. */
    boolean upgradeToSignaling(Request request, Response response, Callback callback) {
        return container.upgrade(signaling, request, response, callback);
    }

    /** False when the request is not a WebSocket upgrade. */
    boolean upgradeToPush(Request request, Response response, Callback callback) {
        return container.upgrade(push, request, response, callback);
    }

    /** Whether the request names a push channel this server handed out and that may still be opened. */
    boolean admitsPush(Request request) {
        return push.admits(request);
    }
}
