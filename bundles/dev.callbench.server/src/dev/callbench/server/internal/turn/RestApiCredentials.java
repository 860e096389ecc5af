package dev.callbench.server.internal.turn;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Credentials by coturn's shared-secret scheme (the TURN REST API draft; coturn's {@code --use-auth-secret}): the user
 * name is {@code <expiry in Unix seconds>:<holder>}, the password Base64(HMAC-SHA1(secret, user name)). coturn needs no
 * list of users: it computes the password again from its copy of the secret, and refuses a user name whose time has
 * passed.
 */
final class RestApiCredentials {

    private static final String HMAC_SHA1 = "HmacSHA1";

    private final SecretKeySpec key;
    private final Duration lifetime;
    private final Clock clock;

    RestApiCredentials(String secret, Duration lifetime, Clock clock) {
        this.key = new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), HMAC_SHA1);
        this.lifetime = lifetime;
        this.clock = clock;
    }

    /** New credentials for the holder (a contact id, an agent's login), valid for the configured lifetime. */
    TurnCredential issue(String holder) {
        long expiry = clock.instant().plus(lifetime).getEpochSecond();
        String username = expiry + ":" + holder;
        return new TurnCredential(username, sign(username), Instant.ofEpochSecond(expiry));
    }

    private String sign(String username) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA1);
            mac.init(key);
            return Base64.getEncoder().encodeToString(mac.doFinal(username.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("This Java has no HMAC-SHA1", e);
        }
    }

    @Override
    public String toString() {
        return "RestApiCredentials[lifetime=" + lifetime + "]";
    }
}
