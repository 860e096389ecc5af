package dev.callbench.cti.internal.wire;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * Calls operations of a CTI service over HTTP the way Amazon Connect's is called: AWS JSON 1.0,
 * {@code POST <endpoint>}, {@code X-Amz-Target: AmazonConnectCTIService.<Operation>}, the bearer token in
 * {@code X-Amz-Bearer} and in the body's {@code authentication}. Errors come back as
 * {@link CtiCallException} in a failed future.
 */
public final class CtiHttp {

    private static final String TARGET_PREFIX = "AmazonConnectCTIService.";
    private static final String CONTENT_TYPE = "application/x-amz-json-1.0";

    private final HttpClient http;
    private final URI endpoint;

    public CtiHttp(HttpClient http, URI endpoint) {
        this.http = http;
        this.endpoint = endpoint;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** Calls {@code operation} with {@code body} (the token is added) and answers the response body. */
    public CompletableFuture<JsonObject> call(String operation, JsonObject body, String token, Duration timeout) {
        JsonObject payload = body.deepCopy();
        if (token != null) {
            JsonObject authentication = new JsonObject();
            authentication.addProperty("authToken", token);
            payload.add("authentication", authentication);
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint).timeout(timeout)
                .header("Content-Type", CONTENT_TYPE).header("X-Amz-Target", TARGET_PREFIX + operation)
                .POST(HttpRequest.BodyPublishers.ofString(payload.toString()));
        if (token != null) {
            request.header("X-Amz-Bearer", token);
        }
        return send(operation, request.build()).handle((response, failure) -> answer(operation, response, failure));
    }

    /**
     * Sends once, and a read once more when the first try found its pooled connection already closed: the JDK client
     * retries only GET requests on a stale keep-alive connection by itself, and every CTI call is a POST.
     */
    private CompletableFuture<HttpResponse<String>> send(String operation, HttpRequest request) {
        CompletableFuture<HttpResponse<String>> first = http.sendAsync(request, HttpResponse.BodyHandlers.ofString());
        if (!operation.startsWith("Get")) {
            return first;
        }
        return first.exceptionallyCompose(failure -> CtiCallException.unwrap(failure) instanceof IOException stale
                && !(stale instanceof HttpTimeoutException)
                        ? http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                        : CompletableFuture.failedFuture(failure));
    }

    private static JsonObject answer(String operation, HttpResponse<String> response, Throwable failure) {
        if (failure != null) {
            throw new CompletionException(unreachable(operation, CtiCallException.unwrap(failure)));
        }
        if (response.statusCode() / 100 != 2) {
            throw new CompletionException(ErrorAnswers.from(operation, response.statusCode(), response.body()));
        }
        try {
            return readAnswer(operation, response.body());
        } catch (CtiCallException e) {
            throw new CompletionException(e);
        }
    }

    /** Reads an answer's body as a JSON object, or fails with {@link CtiCallException.Kind#MALFORMED_ANSWER}. */
    public static JsonObject readAnswer(String operation, String body) throws CtiCallException {
        try {
            JsonElement element = JsonParser.parseString(body == null || body.isBlank() ? "{}" : body);
            if (!element.isJsonObject()) {
                throw new JsonParseException("not a JSON object");
            }
            return element.getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new CtiCallException(CtiCallException.Kind.MALFORMED_ANSWER, null,
                    operation + " answered something that is not a JSON object: " + e.getMessage(), e);
        }
    }

    private static CtiCallException unreachable(String operation, Throwable cause) {
        String why = cause instanceof HttpTimeoutException ? "no answer in time" : describe(cause);
        return new CtiCallException(CtiCallException.Kind.UNREACHABLE, null,
                operation + " could not reach the CTI service: " + why, cause);
    }

    private static String describe(Throwable cause) {
        return cause instanceof IOException && cause.getMessage() == null ? cause.getClass().getSimpleName()
                : String.valueOf(cause.getMessage());
    }
}
