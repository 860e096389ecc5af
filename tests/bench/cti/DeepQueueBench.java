import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The CTI benchmark's deep-queue case: thousands of calls wait in one queue while N agents take them one after the
 * other, each agent a virtual thread speaking the CTI wire protocol as Streams does (long poll for the offer, accept,
 * talk, hang up, clear). Every cleared call is replaced by a new one, so the queue stays as deep as it started.
 * Times each request from send to answer at the client, per operation.
 * Usage: DeepQueueBench <base URL> <agents> <seconds to measure> <calls waiting>.
 * Prints "OPERATION name p50_ms=.. p99_ms=.. samples=.." per operation, then "DEEP p99_ms=.. waiting_min=..".
 */
public final class DeepQueueBench {

    private static final Duration WARM_UP = Duration.ofSeconds(15);
    private static final long TALK_MILLIS = 5_000;

    private final URI base;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final Map<String, ConcurrentLinkedQueue<Long>> micros = new ConcurrentHashMap<>();
    private final AtomicBoolean running = new AtomicBoolean(true);

    private DeepQueueBench(URI base) {
        this.base = base;
    }

    public static void main(String[] args) throws Exception {
        DeepQueueBench bench = new DeepQueueBench(URI.create(args[0]));
        int agents = Integer.parseInt(args[1]);
        Duration measure = Duration.ofSeconds(Long.parseLong(args[2]));
        int waiting = Integer.parseInt(args[3]);
        bench.fillQueue(waiting);
        System.out.println("queued: " + bench.waiting() + " calls");
        List<Thread> threads = new ArrayList<>();
        for (int i = 1; i <= agents; i++) {
            String login = "agent" + i;
            String password = "secret-" + i;
            threads.add(Thread.ofVirtual().start(() -> bench.work(login, password)));
        }
        Thread.sleep(WARM_UP.toMillis());
        bench.micros.clear();
        Files.writeString(Path.of(System.getProperty("bench.markFile", "/dev/null")), "measuring\n");
        int fewest = Integer.MAX_VALUE;
        for (long end = System.nanoTime() + measure.toNanos(); System.nanoTime() < end; Thread.sleep(1_000)) {
            fewest = Math.min(fewest, bench.waiting());
        }
        bench.running.set(false);
        bench.report(fewest);
        System.exit(0);
    }

    private void fillQueue(int calls) throws InterruptedException {
        List<Thread> placing = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            int share = calls / 8 + (t < calls % 8 ? 1 : 0);
            placing.add(Thread.ofVirtual().start(() -> {
                for (int i = 0; i < share; i++) {
                    placeCall();
                }
            }));
        }
        for (Thread thread : placing) {
            thread.join();
        }
    }

    /** One agent: available, then call after call from the queue until the run ends. */
    private void work(String login, String password) {
        try {
            JsonObject signIn = post("/auth/signin", Map.of(), "{\"username\":\"" + login + "\",\"password\":\""
                    + password + "\"}");
            String token = signIn.get("accessToken").getAsString();
            Thread.sleep(ThreadLocalRandom.current().nextLong(TALK_MILLIS)); // spread the agents' cycles
            cti(token, "PutAgentState", "{\"state\":{\"name\":\"Available\",\"type\":\"routable\"}}");
            String nextToken = cti(token, "GetAgentSnapshot", "{}").get("nextToken").getAsString();
            while (running.get()) {
                JsonObject offered = null;
                while (offered == null && running.get()) {
                    JsonObject poll = cti(token, "GetAgentSnapshot",
                            "{\"nextToken\":\"" + nextToken + "\",\"timeout\":20000}", "GetAgentSnapshot (long poll)");
                    nextToken = poll.get("nextToken").getAsString();
                    offered = offer(poll.getAsJsonObject("snapshot"));
                }
                if (offered != null) {
                    handleOrStartAfresh(token, offered);
                }
            }
        } catch (Exception e) {
            if (running.get()) {
                System.out.println("agent " + login + " stopped: " + e);
            }
        }
    }

    /** A call the agent could not take (the offer ended meanwhile) is counted; the agent picks Available again. */
    private void handleOrStartAfresh(String token, JsonObject contact) throws Exception {
        try {
            handle(token, contact);
        } catch (IllegalStateException refused) {
            micros.computeIfAbsent("refused (offer gone)", k -> new ConcurrentLinkedQueue<>()).add(0L);
            cti(token, "PutAgentState", "{\"state\":{\"name\":\"Available\",\"type\":\"routable\"}}");
        }
    }

    private void handle(String token, JsonObject contact) throws Exception {
        String contactId = contact.get("contactId").getAsString();
        cti(token, "AcceptContact", "{\"contactId\":\"" + contactId + "\"}");
        cti(token, "GetAgentSnapshot", "{}");
        Thread.sleep(TALK_MILLIS / 2 + ThreadLocalRandom.current().nextLong(TALK_MILLIS));
        cti(token, "DestroyConnection", "{\"contactId\":\"" + contactId + "\",\"connectionId\":\""
                + agentConnection(contact) + "\"}");
        cti(token, "ClearContact", "{\"contactId\":\"" + contactId + "\"}");
        placeCall();
    }

    private static JsonObject offer(JsonObject snapshot) {
        for (JsonElement c : snapshot.getAsJsonArray("contacts")) {
            JsonObject contact = c.getAsJsonObject();
            if ("connecting".equals(contact.getAsJsonObject("state").get("type").getAsString())) {
                return contact;
            }
        }
        return null;
    }

    private static String agentConnection(JsonObject contact) {
        for (JsonElement c : contact.getAsJsonArray("connections")) {
            if ("agent".equals(c.getAsJsonObject().get("type").getAsString())) {
                return c.getAsJsonObject().get("connectionId").getAsString();
            }
        }
        throw new IllegalStateException("no agent connection in " + contact);
    }

    private void placeCall() {
        try {
            post("/admin/calls", Map.of(), "{\"queue\":\"Bench\",\"phoneNumber\":\"+15555550100\"}", "POST /admin/calls");
        } catch (Exception e) {
            System.out.println("a call could not be placed: " + e);
        }
    }

    private int waiting() {
        try {
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(base.resolve("/admin/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return JsonParser.parseString(health.body()).getAsJsonObject().get("waitingContacts").getAsInt();
        } catch (Exception e) {
            return -1;
        }
    }

    private JsonObject cti(String token, String operation, String body) throws Exception {
        return cti(token, operation, body, operation);
    }

    private JsonObject cti(String token, String operation, String body, String timedAs) throws Exception {
        return post("/api", Map.of("X-Amz-Target", "AmazonConnectCTIService." + operation, "X-Amz-Bearer", token),
                body, timedAs);
    }

    private JsonObject post(String path, Map<String, String> headers, String body) throws Exception {
        return post(path, headers, body, null);
    }

    private JsonObject post(String path, Map<String, String> headers, String body, String timedAs) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-amz-json-1.0").POST(HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        long start = System.nanoTime();
        HttpResponse<String> answer = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        long took = (System.nanoTime() - start) / 1_000;
        if (answer.statusCode() / 100 != 2) {
            throw new IllegalStateException(path + " " + timedAs + ": " + answer.statusCode() + " " + answer.body());
        }
        if (timedAs != null) {
            micros.computeIfAbsent(timedAs, k -> new ConcurrentLinkedQueue<>()).add(took);
        }
        return JsonParser.parseString(answer.body()).getAsJsonObject();
    }

    private void report(int fewestWaiting) {
        double worst = 0;
        for (String operation : new java.util.TreeSet<>(micros.keySet())) {
            List<Long> samples = new ArrayList<>(micros.get(operation));
            Collections.sort(samples);
            double p99 = percentile(samples, 99);
            if (!operation.contains("long poll") && !operation.startsWith("refused")) {
                worst = Math.max(worst, p99);
            }
            System.out.printf("OPERATION %s p50_ms=%.1f p99_ms=%.1f samples=%d%n", operation.replace(' ', '_'),
                    percentile(samples, 50), p99, samples.size());
        }
        System.out.printf("DEEP p99_ms=%.1f waiting_min=%d%n", worst, fewestWaiting);
    }

    private static double percentile(List<Long> sortedMicros, int percent) {
        if (sortedMicros.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sortedMicros.size()) - 1;
        return sortedMicros.get(Math.max(0, index)) / 1000.0;
    }
}
