package dev.callbench.server.internal.auth;

import java.time.Instant;

/** A bearer token and when it stops working. Its toString never shows the token. */
public record IssuedToken(String value, Instant expiresAt) {

    @Override
    public String toString() {
        return "IssuedToken[expiresAt=" + expiresAt + "]";
    }
}
