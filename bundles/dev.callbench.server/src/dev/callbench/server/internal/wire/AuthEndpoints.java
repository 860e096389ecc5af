package dev.callbench.server.internal.wire;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonObject;

import dev.callbench.server.internal.LogText;
import dev.callbench.server.internal.Messages;
import dev.callbench.server.internal.auth.AuthException;
import dev.callbench.server.internal.auth.SignIn;
import dev.callbench.server.internal.auth.TokenService;

/**
 * Signing in, outside the CTI service as in Connect: POST /auth/signin with user name and password gives the tokens
 * and a session cookie; GET /auth/authorize with that cookie gives a fresh access token (Streams' authorize call).
 */
public final class AuthEndpoints {

    public static final String SESSION_COOKIE = "callbench_session";
    private static final Logger LOG = LoggerFactory.getLogger(AuthEndpoints.class);

    private final TokenService tokens;
    private final boolean secure;
    private final SignInThrottle throttle = new SignInThrottle(Clock.systemUTC());

    public AuthEndpoints(TokenService tokens, boolean secure) {
        this.tokens = tokens;
        this.secure = secure;
    }

    public Reply signIn(String body) {
        String login = null;
        try {
            JsonInput input = JsonInput.parse(body);
            login = input.string("username");
            if (throttle.isLocked(login)) {
                LOG.info("A sign-in was refused: too many wrong passwords for {} in a row", LogText.of(login));
                return Reply.error(ErrorType.TOO_MANY_REQUESTS, Messages.format("error.signInLocked"));
            }
            SignIn signIn = tokens.signIn(login, input.string("password"));
            throttle.succeeded(login);
            LOG.info("Agent {} signed in", signIn.login());
            JsonObject json = accessJson(signIn);
            json.addProperty("refreshToken", signIn.refresh().value());
            json.addProperty("refreshTokenExpiration", signIn.refresh().expiresAt().toString());
            return Reply.ok(json).withCookie(cookie(signIn.refresh().value(), signIn.refresh().expiresAt()));
        } catch (CtiException e) {
            return Reply.error(e);
        } catch (AuthException e) {
            throttle.failed(login);
            LOG.info("A sign-in was refused: wrong user name or password");
            return Reply.error(ErrorType.UNAUTHORIZED, e.getMessage());
        }
    }

    public Reply authorize(String session) {
        try {
            return Reply.ok(accessJson(tokens.renew(session)));
        } catch (AuthException e) {
            return Reply.error(ErrorType.UNAUTHORIZED, e.getMessage());
        }
    }

    public Reply signOut(String session) {
        tokens.signOut(session);
        return Reply.ok(new JsonObject()).withCookie(cookie("", Instant.EPOCH));
    }

    private static JsonObject accessJson(SignIn signIn) {
        JsonObject json = new JsonObject();
        json.addProperty("login", signIn.login());
        json.addProperty("accessToken", signIn.access().value());
        json.addProperty("expiration", signIn.access().expiresAt().toString());
        return json;
    }

    private String cookie(String value, Instant expiresAt) {
        long maxAge = Math.max(0, Duration.between(Instant.now(), expiresAt).toSeconds());
        return SESSION_COOKIE + "=" + value + "; Path=/; HttpOnly; SameSite=Strict; Max-Age=" + maxAge
                + (secure ? "; Secure" : "");
    }
}
