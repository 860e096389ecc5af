package dev.callbench.server.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import dev.callbench.server.internal.Messages;

/**
 * Signs agents in and checks their bearer tokens. Tokens are signed (HMAC-SHA256) rather than stored, so with a
 * configured secret they stay valid across a restart of the server, as a client reconnecting expects; sign-outs are
 * kept in the server's state folder then, so that they survive it too. Access tokens
 * expire and are renewed with the refresh token (GetNewAuthToken, or /auth/authorize with the session cookie).
 * Tokens are never logged.
 */
public final class TokenService {

    private static final String ACCESS = "a";
    private static final String REFRESH = "r";
    private static final Base64.Encoder ENCODE = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODE = Base64.getUrlDecoder();

    private final Clock clock;
    private final Duration accessLifetime;
    private final Duration refreshLifetime;
    private final byte[] secret;
    private final Passwords passwords;
    private final SignOuts signOuts;

    public TokenService(Clock clock, Duration accessLifetime, Duration refreshLifetime, byte[] secret,
            Passwords passwords, SignOuts signOuts) {
        this.clock = clock;
        this.accessLifetime = accessLifetime;
        this.refreshLifetime = refreshLifetime;
        this.secret = secret.clone();
        this.passwords = passwords;
        this.signOuts = signOuts;
    }

    public SignIn signIn(String login, String password) throws AuthException {
        if (login == null || !passwords.matches(login, password)) {
            throw new AuthException(Messages.format("error.badCredentials"));
        }
        return new SignIn(login, issue(ACCESS, login, accessLifetime), issue(REFRESH, login, refreshLifetime));
    }

    /** A new access token for the holder of a valid refresh token; it ends no later than the session. */
    public SignIn renew(String refreshToken) throws AuthException {
        Holder session = check(REFRESH, refreshToken, "error.refreshExpired");
        Duration sessionLeft = Duration.between(clock.instant(), session.expiresAt());
        Duration lifetime = sessionLeft.compareTo(accessLifetime) < 0 ? sessionLeft : accessLifetime;
        return new SignIn(session.login(), issue(ACCESS, session.login(), lifetime), null);
    }

    /** The login the access token was issued to. */
    public String loginFor(String accessToken) throws AuthException {
        return check(ACCESS, accessToken, "error.unauthorized").login();
    }

    /** Ends every session of the refresh token's agent: tokens issued until now stop working. */
    public void signOut(String refreshToken) {
        try {
            signOuts.signedOut(check(REFRESH, refreshToken, "error.unauthorized").login(), clock.instant());
        } catch (AuthException alreadyInvalid) {
            // nothing left to end
        }
    }

    private IssuedToken issue(String kind, String login, Duration lifetime) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(lifetime);
        String body = kind + "." + ENCODE.encodeToString(login.getBytes(StandardCharsets.UTF_8)) + "."
                + now.toEpochMilli() + "." + expiresAt.toEpochMilli();
        return new IssuedToken(body + "." + ENCODE.encodeToString(mac(body)), expiresAt);
    }

    /** Whom a valid token was issued to, and until when it is valid. */
    private record Holder(String login, Instant expiresAt) {
    }

    private Holder check(String kind, String token, String messageKey) throws AuthException {
        String[] parts = token == null ? new String[0] : token.split("\\.", -1);
        if (parts.length != 5 || !parts[0].equals(kind) || !validMac(parts)) {
            throw new AuthException(Messages.format(messageKey));
        }
        try {
            String login = new String(DECODE.decode(parts[1]), StandardCharsets.UTF_8);
            Instant issuedAt = Instant.ofEpochMilli(Long.parseLong(parts[2]));
            Instant expiresAt = Instant.ofEpochMilli(Long.parseLong(parts[3]));
            boolean signedOut = signOuts.of(login).map(at -> !issuedAt.isAfter(at)).orElse(false);
            if (!clock.instant().isBefore(expiresAt) || signedOut) {
                throw new AuthException(Messages.format(messageKey));
            }
            return new Holder(login, expiresAt);
        } catch (IllegalArgumentException garbled) {
            throw new AuthException(Messages.format(messageKey));
        }
    }

    private boolean validMac(String[] parts) {
        String body = String.join(".", parts[0], parts[1], parts[2], parts[3]);
        try {
            return MessageDigest.isEqual(mac(body), DECODE.decode(parts[4]));
        } catch (IllegalArgumentException garbled) {
            return false;
        }
    }

    private byte[] mac(String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return mac.doFinal(body.getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java runtime", e);
        }
    }
}
