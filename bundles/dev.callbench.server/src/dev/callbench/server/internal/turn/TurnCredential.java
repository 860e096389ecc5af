package dev.callbench.server.internal.turn;

import java.time.Instant;

/** A TURN user name and password, valid until {@code expiresAt}. The password is a secret: toString leaves it out. */
record TurnCredential(String username, String credential, Instant expiresAt) {

    boolean expiredAt(Instant now) {
        return !now.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return "TurnCredential[username=" + username + ", expiresAt=" + expiresAt + "]";
    }
}
