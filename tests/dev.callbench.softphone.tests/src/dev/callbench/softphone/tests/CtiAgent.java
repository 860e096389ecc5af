package dev.callbench.softphone.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.function.Predicate;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.callbench.tests.support.Wait;

/**
 * A second agent, signed in at the local contact center over its CTI protocol by hand, as Streams would be: this
 * runtime's CTI client signs one agent in, its configuration being one.
 */
final class CtiAgent {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI server;
    private final String token;

    private CtiAgent(URI server, String token) {
        this.server = server;
        this.token = token;
    }

    static CtiAgent signIn(URI server, String login, String password) throws IOException, InterruptedException {
        JsonObject signedIn = post(HttpClient.newHttpClient(), server.resolve("/auth/signin"), null, null,
                "{\"username\":\"" + login + "\",\"password\":\"" + password + "\"}");
        return new CtiAgent(server, signedIn.get("accessToken").getAsString());
    }

    /** A CTI operation that must succeed; its answer. */
    JsonObject call(String operation, String body) throws IOException, InterruptedException {
        return post(http, server.resolve("/api"), operation, token, body);
    }

    JsonObject snapshot() throws IOException, InterruptedException {
        return call("GetAgentSnapshot", "{}").getAsJsonObject("snapshot");
    }

    /** The first of the agent's contacts that matches, waiting for it. */
    JsonObject awaitContact(String what, Predicate<JsonObject> wanted) {
        return Wait.forValue(what, () -> {
            for (JsonElement contact : snapshotNow().getAsJsonArray("contacts")) {
                if (wanted.test(contact.getAsJsonObject())) {
                    return Optional.of(contact.getAsJsonObject());
                }
            }
            return Optional.empty();
        }, AgentDesk.WAIT);
    }

    private JsonObject snapshotNow() {
        try {
            return snapshot();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The contact's connection of that type ({@code agent}, {@code inbound}, {@code monitoring}), if any. */
    static Optional<JsonObject> connection(JsonObject contact, String type) {
        for (JsonElement connection : contact.getAsJsonArray("connections")) {
            if (type.equals(connection.getAsJsonObject().get("type").getAsString())) {
                return Optional.of(connection.getAsJsonObject());
            }
        }
        return Optional.empty();
    }

    private static JsonObject post(HttpClient http, URI uri, String operation, String token, String body)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri).POST(HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/x-amz-json-1.0");
        if (operation != null) {
            request.header("X-Amz-Target", "AmazonConnectCTIService." + operation).header("X-Amz-Bearer", token);
        }
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (answer.statusCode() != 200) {
            throw new AssertionError((operation == null ? uri : operation) + " answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        return JsonParser.parseString(answer.body()).getAsJsonObject();
    }
}
