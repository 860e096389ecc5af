package dev.callbench.server.tests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.google.gson.JsonObject;

/** A plain java.net.http client of the CTI service, the sign-in and the admin API, as a test drives them. */
final class HttpDriver {

    private final HttpClient http;
    private final URI base;

    HttpDriver(URI base) {
        this(base, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build());
    }

    HttpDriver(URI base, HttpClient http) {
        this.base = base;
        this.http = http;
    }

    AgentSession signIn(String login, String password) throws IOException, InterruptedException {
        HttpAnswer reply = post("/auth/signin", "{\"username\":\"" + login + "\",\"password\":\"" + password + "\"}",
                Map.of());
        if (reply.status() != 200) {
            throw new IllegalStateException("sign-in failed: " + reply);
        }
        JsonObject json = reply.json();
        return new AgentSession(this, login, json.get("accessToken").getAsString(),
                json.get("refreshToken").getAsString());
    }

    HttpAnswer call(String token, String operation, String body) throws IOException, InterruptedException {
        return post("/api", body, token == null
                ? Map.of("X-Amz-Target", "AmazonConnectCTIService." + operation)
                : Map.of("X-Amz-Target", "AmazonConnectCTIService." + operation, "X-Amz-Bearer", token));
    }

    String placeCall(String body) throws IOException, InterruptedException {
        HttpAnswer reply = post("/admin/calls", body, Map.of());
        if (reply.status() != 201) {
            throw new IllegalStateException("placing a call failed: " + reply);
        }
        return reply.json().get("contactId").getAsString();
    }

    HttpAnswer hangUp(String contactId) throws IOException, InterruptedException {
        return post("/admin/calls/" + contactId + "/hangup", "", Map.of());
    }

    HttpAnswer post(String path, String body, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(40))
                .header("Content-Type", "application/x-amz-json-1.0")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return send(request.build());
    }

    HttpAnswer get(String path, Map<String, String> headers) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(10)).GET();
        headers.forEach(request::header);
        return send(request.build());
    }

    HttpAnswer send(HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        return new HttpAnswer(response.statusCode(), response.body());
    }

    HttpResponse<String> raw(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    URI base() {
        return base;
    }
}
