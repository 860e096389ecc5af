package dev.callbench.cti.internal.wire;

import java.time.Instant;

/** A bearer token and when it expires. {@link #toString()} never shows the token. */
public record AuthToken(String value, Instant expiresAt) {

    @Override
    public String toString() {
        return "AuthToken[expiresAt=" + expiresAt + "]";
    }
}
