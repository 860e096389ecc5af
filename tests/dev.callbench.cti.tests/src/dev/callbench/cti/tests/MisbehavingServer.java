package dev.callbench.cti.tests;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A CTI service that answers each snapshot poll with whatever the test scripts next: a good snapshot, broken
 * JSON, an unknown enum value, an HTTP error, or nothing at all (it hangs until the client gives up); and a sign-in
 * that takes its time. The real
 * local contact center never misbehaves like this, so this stand-in is the only way to see how the client
 * copes; it listens on 127.0.0.1 and a free port. Configuration calls get fixed, valid answers.
 */
final class MisbehavingServer implements AutoCloseable {

    /** One scripted answer. */
    record Answer(int status, String body) {
    }

    private static final String PROFILE_ARN =
            "arn:aws:connect:local:000000000000:instance/00000000-0000-4000-8000-000000000000/routing-profile/p";
    private static final String QUEUE = "{\"queueARN\": \"arn:aws:connect:local:000000000000:instance/"
            + "00000000-0000-4000-8000-000000000000/queue/q\", \"name\": \"Queue\"}";

    private final HttpServer http;
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final BlockingQueue<Answer> polls = new LinkedBlockingQueue<>();
    private final AtomicInteger signIns = new AtomicInteger();
    private final Semaphore answered = new Semaphore(0);
    private volatile CountDownLatch signInsHeld = new CountDownLatch(0);
    private volatile Answer steady;

    MisbehavingServer() throws IOException {
        http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        http.setExecutor(threads);
        http.createContext("/auth/signin", this::signIn);
        http.createContext("/api", this::cti);
        http.start();
    }

    URI ctiEndpoint() {
        return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/api");
    }

    /** The next snapshot poll gets this answer; a poll with nothing scripted hangs. */
    void next(int status, String body) {
        polls.add(new Answer(status, body));
    }

    private void cti(HttpExchange exchange) throws IOException {
        exchange.getRequestBody().readAllBytes();
        String operation = exchange.getRequestHeaders().getFirst("X-Amz-Target").replace("AmazonConnectCTIService.", "");
        switch (operation) {
            case "GetAgentConfiguration" -> reply(exchange, 200, """
                {"configuration": {"name": "Agent", "username": "agent", "softphoneEnabled": true,
                 "softphoneAutoAccept": false, "extension": "", "routingProfile": {"name": "P",
                 "routingProfileARN": "%s", "defaultOutboundQueue": %s}}}""".formatted(PROFILE_ARN, QUEUE));
            case "GetAgentStates" -> reply(exchange, 200,
                    "{\"states\": [{\"name\": \"Available\", \"type\": \"routable\"}]}");
            case "GetAgentPermissions" -> reply(exchange, 200, "{\"permissions\": [\"outboundCall\"]}");
            case "GetRoutingProfileQueues" -> reply(exchange, 200, "{\"queues\": [" + QUEUE + "]}");
            case "GetAgentSnapshot" -> scripted(exchange);
            default -> reply(exchange, 400, "{\"__type\": \"InvalidActionException\", \"message\": \"unknown\"}");
        }
    }

    /** How many sign-ins have come in so far. */
    int signIns() {
        return signIns.get();
    }

    /** Sign-ins from now on get no answer until {@link #answerSignIns()}: a slow identity service. */
    void holdSignIns() {
        signInsHeld = new CountDownLatch(1);
    }

    void answerSignIns() {
        signInsHeld.countDown();
    }

    /** Waits until this many more scripted polls have been answered. */
    boolean awaitAnswered(int count, Duration timeout) throws InterruptedException {
        return answered.tryAcquire(count, timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void signIn(HttpExchange exchange) throws IOException {
        signIns.incrementAndGet();
        try {
            signInsHeld.await(30, TimeUnit.SECONDS);
            reply(exchange, 200,
                    "{\"accessToken\": \"t\", \"expiration\": \"2099-01-01T00:00:00Z\", \"refreshToken\": \"r\"}");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    /** From now on, every poll with nothing scripted gets this answer instead of hanging. */
    void settle(int status, String body) {
        steady = new Answer(status, body);
    }

    private void scripted(HttpExchange exchange) throws IOException {
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            Answer answer = null;
            while (answer == null && steady == null && System.nanoTime() < deadline) {
                answer = polls.poll(50, TimeUnit.MILLISECONDS);
            }
            answer = answer != null ? answer : steady;
            if (answer != null) {
                reply(exchange, answer.status(), answer.body());
                answered.release();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            exchange.close();
        }
    }

    private static void reply(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.0");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        http.stop(0);
        threads.shutdownNow();
    }
}
