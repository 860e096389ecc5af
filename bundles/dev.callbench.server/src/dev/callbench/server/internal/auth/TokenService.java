package dev.callbench.server.internal.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

import dev.callbench.server.internal.Messages;

/**
 * Signs agents in and checks their bearer tokens. Access tokens expire and are renewed with the refresh token
 * (GetNewAuthToken, or /auth/authorize with the session cookie). Tokens are random and never logged.
 */
public final class TokenService {

    private static final int PURGE_EVERY = 256;

    private record Grant(String login, Instant expiresAt) {
    }

    private final Clock clock;
    private final Duration accessLifetime;
    private final Duration refreshLifetime;
    private final Supplier<String> secrets;
    private final Passwords passwords;
    private final Map<String, Grant> access = new ConcurrentHashMap<>();
    private final Map<String, Grant> refresh = new ConcurrentHashMap<>();
    private int issuedSincePurge;

    public TokenService(Clock clock, Duration accessLifetime, Duration refreshLifetime, Supplier<String> secrets,
            Passwords passwords) {
        this.clock = clock;
        this.accessLifetime = accessLifetime;
        this.refreshLifetime = refreshLifetime;
        this.secrets = secrets;
        this.passwords = passwords;
    }

    public SignIn signIn(String login, String password) throws AuthException {
        if (login == null || !passwords.matches(login, password)) {
            throw new AuthException(Messages.format("error.badCredentials"));
        }
        return new SignIn(login, issue(access, login, accessLifetime), issue(refresh, login, refreshLifetime));
    }

    /** A new access token for the holder of a valid refresh token. */
    public SignIn renew(String refreshToken) throws AuthException {
        String login = check(refresh, refreshToken, "error.refreshExpired");
        return new SignIn(login, issue(access, login, accessLifetime), null);
    }

    /** The login the access token was issued to. */
    public String loginFor(String accessToken) throws AuthException {
        return check(access, accessToken, "error.unauthorized");
    }

    public void signOut(String refreshToken) {
        if (refreshToken != null) {
            Grant grant = refresh.remove(refreshToken);
            if (grant != null) {
                access.values().removeIf(g -> g.login().equals(grant.login()));
            }
        }
    }

    private String check(Map<String, Grant> grants, String token, String messageKey) throws AuthException {
        Grant grant = token == null ? null : grants.get(token);
        if (grant == null || !clock.instant().isBefore(grant.expiresAt())) {
            throw new AuthException(Messages.format(messageKey));
        }
        return grant.login();
    }

    private IssuedToken issue(Map<String, Grant> grants, String login, Duration lifetime) {
        purgeNowAndThen();
        String token = secrets.get();
        Instant expiresAt = clock.instant().plus(lifetime);
        grants.put(token, new Grant(login, expiresAt));
        return new IssuedToken(token, expiresAt);
    }

    private synchronized void purgeNowAndThen() {
        if (++issuedSincePurge >= PURGE_EVERY) {
            issuedSincePurge = 0;
            Instant now = clock.instant();
            access.values().removeIf(g -> !now.isBefore(g.expiresAt()));
            refresh.values().removeIf(g -> !now.isBefore(g.expiresAt()));
        }
    }
}
