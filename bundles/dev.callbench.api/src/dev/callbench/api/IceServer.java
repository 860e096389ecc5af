package dev.callbench.api;

import java.util.List;

/**
 * A STUN or TURN server the softphone may use. Its credential is a secret: {@link #toString()} leaves it out.
 *
 * @param urls the server's addresses ({@code turn:host:3478?transport=udp} ...)
 * @param username the user name for TURN; {@code null} for STUN
 * @param credential the password for TURN; {@code null} for STUN
 */
public record IceServer(List<String> urls, String username, String credential) {

    public IceServer {
        urls = List.copyOf(urls);
    }

    @Override
    public String toString() {
        return "IceServer[urls=" + urls + ", username=" + username + ", credential="
                + Redacted.mark(credential) + "]";
    }
}
