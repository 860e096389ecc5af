import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.callbench.api.AgentState;
import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.CallbenchEvent;
import dev.callbench.cti.connect.CtiSettings;
import dev.callbench.cti.connect.CtiTimings;
import dev.callbench.cti.internal.CtiClient;

/**
 * The CTI benchmark's client side: N agents' real CTI clients (one shared HTTP client, as one process serving
 * many agents would have) long-poll one local contact center in another process. Each agent changes state
 * every few seconds; the latency of a change is from the state's start time on the server (in the snapshot,
 * millisecond precision, same machine clock) to the moment the client's listener got the state-change event.
 * Usage: CtiBench <cti endpoint> <agents> <seconds to measure>. Prints "LATENCY p50_ms=.. p99_ms=.. samples=..".
 */
public final class CtiBench {

    private static final int SIGN_IN_BATCH = 50;
    private static final Duration WARM_UP = Duration.ofSeconds(10);

    public static void main(String[] args) throws Exception {
        URI endpoint = URI.create(args[0]);
        int agents = Integer.parseInt(args[1]);
        Duration measure = Duration.ofSeconds(Long.parseLong(args[2]));
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2);
        List<CtiClient> clients = signIn(endpoint, agents, http, timer, latencies);
        System.out.println("signed in: " + clients.size() + " agents");
        long intervalMillis = 5_000;
        for (int i = 0; i < clients.size(); i++) {
            CtiClient client = clients.get(i);
            long offset = intervalMillis * i / clients.size();
            timer.scheduleAtFixedRate(() -> toggle(client), offset, intervalMillis, TimeUnit.MILLISECONDS);
        }
        Thread.sleep(WARM_UP.toMillis());
        latencies.clear();
        Files.writeString(Path.of(System.getProperty("bench.markFile", "/dev/null")), "measuring\n");
        Thread.sleep(measure.toMillis());
        List<Long> samples = new ArrayList<>(latencies);
        Collections.sort(samples);
        System.out.printf("LATENCY p50_ms=%.1f p99_ms=%.1f max_ms=%.1f samples=%d%n", percentile(samples, 50),
                percentile(samples, 99), samples.isEmpty() ? 0.0 : samples.get(samples.size() - 1) / 1000.0,
                samples.size());
        System.exit(0);
    }

    private static List<CtiClient> signIn(URI endpoint, int agents, HttpClient http, ScheduledExecutorService timer,
            ConcurrentLinkedQueue<Long> latencies) throws Exception {
        List<CtiClient> clients = new ArrayList<>();
        for (int first = 1; first <= agents; first += SIGN_IN_BATCH) {
            List<CompletableFuture<CtiClient>> batch = new ArrayList<>();
            for (int agent = first; agent < first + SIGN_IN_BATCH && agent <= agents; agent++) {
                CtiSettings settings = new CtiSettings(endpoint, "agent" + agent, "secret-" + agent,
                        CtiTimings.standard());
                batch.add(CtiClient.connect(settings, http, timer, event -> record(event, latencies), problem -> {
                }, () -> null));
            }
            for (CompletableFuture<CtiClient> client : batch) {
                clients.add(client.get(60, TimeUnit.SECONDS));
            }
        }
        return clients;
    }

    private static void record(CallbenchEvent event, ConcurrentLinkedQueue<Long> latencies) {
        if (event instanceof AgentEvent.StateChange agent
                && agent.newState().since() != null && !agent.oldState().name().equals("Init")) {
            latencies.add(Duration.between(agent.newState().since(), Instant.now()).toNanos() / 1_000);
        }
    }

    private static void toggle(CtiClient client) {
        client.contactCenter().snapshot().ifPresent(now -> {
            String next = now.agent().state().name().equals("Available") ? "Break" : "Available";
            AgentState state = now.agent().selectableState(next).orElseThrow();
            client.contactCenter().setState(state);
        });
    }

    private static double percentile(List<Long> sortedMicros, int percent) {
        if (sortedMicros.isEmpty()) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(percent / 100.0 * sortedMicros.size()) - 1;
        return sortedMicros.get(Math.max(0, index)) / 1000.0;
    }
}
