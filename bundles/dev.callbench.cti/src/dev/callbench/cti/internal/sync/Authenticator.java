package dev.callbench.cti.internal.sync;

import java.util.concurrent.CompletableFuture;

import dev.callbench.cti.internal.wire.AuthToken;

/** Gets the agent a bearer token, and a fresh one before the old one expires. */
public interface Authenticator {

    CompletableFuture<AuthToken> signIn();

    CompletableFuture<AuthToken> renew(AuthToken current);
}
