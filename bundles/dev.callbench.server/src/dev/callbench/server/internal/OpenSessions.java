package dev.callbench.server.internal;

import org.eclipse.jetty.websocket.api.Callback;
import org.eclipse.jetty.websocket.api.Session;

/** Sending on a server WebSocket that may not be open (yet, or any more): nothing happens then. */
public final class OpenSessions {

    private OpenSessions() {
    }

    public static void sendText(Session session, String text) {
        if (session != null && session.isOpen()) {
            session.sendText(text, Callback.NOOP);
        }
    }

    public static void close(Session session) {
        if (session != null) {
            session.close();
        }
    }
}
