package dev.callbench.cti.internal.wire;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.google.gson.JsonObject;

import dev.callbench.cti.internal.sync.Authenticator;

/**
 * Signs the agent in with a user name and password ({@code POST /auth/signin} beside the CTI service, as the
 * CCP's sign-in page is beside Connect's), and renews the access token with the refresh token through the
 * CTI operation {@code GetNewAuthToken}.
 */
public final class PasswordSignIn implements Authenticator {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient http;
    private final CtiHttp cti;
    private final String login;
    private final String password;
    private volatile String refreshToken;

    public PasswordSignIn(HttpClient http, CtiHttp cti, String login, String password) {
        this.http = http;
        this.cti = cti;
        this.login = login;
        this.password = password;
    }

    @Override
    public CompletableFuture<AuthToken> signIn() {
        JsonObject body = new JsonObject();
        body.addProperty("username", login);
        body.addProperty("password", password);
        HttpRequest request = HttpRequest.newBuilder(signInAddress()).timeout(TIMEOUT)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body.toString()))
                .build();
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).handle(this::signedIn);
    }

    @Override
    public CompletableFuture<AuthToken> renew(AuthToken current) {
        JsonObject body = new JsonObject();
        body.addProperty("refreshToken", refreshToken);
        return cti.call("GetNewAuthToken", body, null, TIMEOUT).thenApply(answer -> AnswerReads.read(() -> new AuthToken(
                WireValues.text(answer, "newAuthToken", "GetNewAuthToken"),
                WireValues.timestamp(answer, "expirationDateTime", "GetNewAuthToken"))));
    }

    private URI signInAddress() {
        return cti.endpoint().resolve("/auth/signin");
    }

    private AuthToken signedIn(HttpResponse<String> response, Throwable failure) {
        if (failure != null) {
            throw new CompletionException(new CtiCallException(CtiCallException.Kind.UNREACHABLE, null,
                    "sign-in could not reach the contact center: " + failure.getMessage(), failure));
        }
        if (response.statusCode() / 100 != 2) {
            throw new CompletionException(ErrorAnswers.from("SignIn", response.statusCode(), response.body()));
        }
        return AnswerReads.read(() -> {
            JsonObject answer = CtiHttp.readAnswer("SignIn", response.body());
            refreshToken = WireValues.optionalText(answer, "refreshToken", "SignIn");
            return new AuthToken(WireValues.text(answer, "accessToken", "SignIn"),
                    expiration(WireValues.text(answer, "expiration", "SignIn")));
        });
    }

    private static Instant expiration(String text) throws MalformedSnapshotException {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new MalformedSnapshotException("SignIn.expiration is not a time: " + text);
        }
    }
}
