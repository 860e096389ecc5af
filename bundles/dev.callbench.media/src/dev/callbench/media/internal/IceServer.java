package dev.callbench.media.internal;

import java.util.List;

/**
 * A TURN (or STUN) server as the softphone media info's {@code iceServers} give it ({@code urls}, {@code username},
 * {@code credential}). The credential never appears in {@link #toString()}: it is a secret of the call.
 */
public record IceServer(List<String> urls, String username, String credential) {

    public IceServer {
        urls = List.copyOf(urls);
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("An ICE server needs at least one URL");
        }
    }

    @Override
    public String toString() {
        return "IceServer[urls=" + urls + ", username=" + username + ", credential=" + (credential == null ? "none"
                : "(hidden)") + "]";
    }
}
