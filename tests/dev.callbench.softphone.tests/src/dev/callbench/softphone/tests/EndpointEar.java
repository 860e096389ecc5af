package dev.callbench.softphone.tests;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.callbench.tests.support.Wait;

/** What the local contact center's media endpoint hears and sends on one call: its admin media view. */
final class EndpointEar {

    private final HttpClient http = HttpClient.newHttpClient();
    private final URI view;

    EndpointEar(URI server, String contactId) {
        this.view = URI.create(server + "/admin/calls/" + contactId + "/media");
    }

    JsonObject now() {
        try {
            HttpResponse<String> answer = http.send(HttpRequest.newBuilder(view).GET().build(),
                    HttpResponse.BodyHandlers.ofString());
            return JsonParser.parseString(answer.body()).getAsJsonObject();
        } catch (IOException e) {
            throw new IllegalStateException("the media view did not answer", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Asks until the view shows what is wanted; fails with the last view seen. */
    void await(String what, Predicate<JsonObject> wanted) {
        AtomicReference<JsonObject> last = new AtomicReference<>();
        Wait.until(what, () -> {
            last.set(now());
            return wanted.test(last.get());
        }, AgentDesk.WAIT, last::get);
    }
}
