import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.callbench.api.Connection;
import dev.callbench.api.SoftphoneMediaInfo;
import dev.callbench.api.event.CallbenchEvent;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.cti.connect.CtiSettings;
import dev.callbench.cti.connect.CtiTimings;
import dev.callbench.cti.internal.CtiClient;
import dev.callbench.softphone.internal.engine.EngineCommand;
import dev.callbench.softphone.internal.session.SessionArguments;

/**
 * The call benchmark's agent side: one agent's real CTI client and a real media engine process (the softphone's,
 * driven over its control channel as the workbench drives it) take N calls in a row from a local contact center in
 * another process. Per call: from the contact being routed (the CTI event) to media ready (ICE connected), and from
 * the agent's accept to the caller's tone heard at the agent. Memory: the engine's resident size (run with the
 * workbench's own JVM options), and this JVM's: its resident size (with its heap committed from the start, so that
 * the heap's sizing does not pass for growth) plus its live heap after a collection.
 * Usage: CallBench <server base URI> <calls> <engine class path>. Prints one "CALL ..." line per call and a summary.
 */
public final class CallBench {

    private static final double CALLER_TONE = 440;
    private static final double AGENT_TONE = 1000;
    private static final long WAIT_SECONDS = 20;
    private static final int WARM_UP_CALLS = 10;
    /** The session report's stages, printed per call and as medians: where the time to media ready goes. */
    private static final List<String> STAGES = List.of("gumTimeMillis", "initializationTimeMillis",
            "iceCollectionTimeMillis", "signallingConnectTimeMillis", "handshakingTimeMillis", "preTalkingTimeMillis",
            "firstRTPTimeMillis");

    private final URI server;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Engine engine;
    private final Map<String, CompletableFuture<SoftphoneMediaInfo>> routed = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<Void>> afterCallWork = new ConcurrentHashMap<>();
    private CtiClient agent;

    private CallBench(URI server, Engine engine) {
        this.server = server;
        this.engine = engine;
    }

    public static void main(String[] args) throws Exception {
        URI server = URI.create(args[0]);
        int calls = Integer.parseInt(args[1]);
        int status = 1; // the CTI client's threads would keep a failed run alive
        try (Engine engine = Engine.start(args[2])) {
            new CallBench(server, engine).run(calls);
            status = 0;
        } finally {
            System.exit(status);
        }
    }

    private void run(int calls) throws Exception {
        agent = CtiClient.connect(new CtiSettings(URI.create(server + "/api"), "agent1", "secret-1",
                CtiTimings.standard()), http, Executors.newScheduledThreadPool(1), this::event, problem -> {
                }, () -> null).get(WAIT_SECONDS, TimeUnit.SECONDS);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (agent.contactCenter().snapshot().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(10); // the first snapshot follows the sign-in at once
        }
        var available = agent.contactCenter().snapshot().orElseThrow().agent().selectableState("Available")
                .orElseThrow();
        agent.contactCenter().setState(available).toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
        List<Double> mediaReady = new ArrayList<>();
        List<Double> acceptToAudio = new ArrayList<>();
        List<Double> acceptCalls = new ArrayList<>();
        long[] rss = new long[calls + 1];
        Map<String, List<Double>> stages = new java.util.LinkedHashMap<>();
        STAGES.forEach(stage -> stages.put(stage, new ArrayList<>()));
        long cpuTicks = 0;
        double talkSeconds = 0;
        for (int i = 1; i <= calls; i++) {
            Call call = oneCall();
            StringBuilder stageText = new StringBuilder();
            for (String stage : STAGES) {
                stageText.append(' ').append(stage).append('=').append(call.report.has(stage)
                        ? String.format("%.1f", call.report.get(stage).getAsDouble()) : "-");
            }
            long benchKb = selfRssKb();
            long liveHeapKb = liveHeapKb();
            System.out.printf("CALL %d media_ready_ms=%.1f accept_to_audio_ms=%.1f engine_rss_kb=%d bench_rss_kb=%d"
                    + " bench_live_heap_kb=%d accept_call_ms=%.1f%s%n", i, call.mediaReadyMs, call.acceptToAudioMs,
                    call.engineRssKb, benchKb, liveHeapKb, call.acceptCallMs, stageText);
            rss[i] = call.engineRssKb + benchKb + liveHeapKb;
            if (i > WARM_UP_CALLS) {
                STAGES.stream().filter(call.report::has)
                        .forEach(stage -> stages.get(stage).add(call.report.get(stage).getAsDouble()));
                mediaReady.add(call.mediaReadyMs);
                acceptToAudio.add(call.acceptToAudioMs);
                acceptCalls.add(call.acceptCallMs);
                cpuTicks += call.engineCpuTicks;
                talkSeconds += call.talkSeconds;
            }
        }
        int measured = calls - WARM_UP_CALLS;
        double growth = measured > 1 ? (double) (rss[calls] - rss[WARM_UP_CALLS + 1]) / (measured - 1) : Double.NaN;
        double cpu = 100.0 * cpuTicks / 100.0 / talkSeconds; // CLK_TCK is 100 on Linux
        System.out.printf("SUMMARY media_ready_p50_ms=%.1f media_ready_p99_ms=%.1f accept_to_audio_p50_ms=%.1f "
                + "accept_to_audio_p99_ms=%.1f rss_growth_kb_per_call=%.0f engine_cpu_percent_per_call=%.1f calls=%d%n",
                percentile(mediaReady, 50), percentile(mediaReady, 99), percentile(acceptToAudio, 50),
                percentile(acceptToAudio, 99), growth, cpu, measured);
        StringBuilder medians = new StringBuilder(String.format("STAGES p50 (ms): accept_call=%.1f",
                percentile(acceptCalls, 50)));
        stages.forEach((stage, values) -> medians.append(' ').append(stage).append('=')
                .append(String.format("%.1f", percentile(values, 50))));
        System.out.println(medians);
    }

    /** {@code acceptCallMs}: the CTI AcceptContact call alone, the part of accept to audio before the mixer switches. */
    private record Call(double mediaReadyMs, double acceptToAudioMs, double acceptCallMs, long engineRssKb,
            long engineCpuTicks, double talkSeconds, JsonObject report) {
    }

    private Call oneCall() throws Exception {
        String contactId = placeCall();
        SoftphoneMediaInfo media = routed.computeIfAbsent(contactId, id -> new CompletableFuture<>())
                .get(WAIT_SECONDS, TimeUnit.SECONDS);
        long routedAt = System.nanoTime();
        engine.request("session.start", start(contactId, media));
        engine.await("session.iceConnected", contactId, null);
        double mediaReadyMs = (System.nanoTime() - routedAt) / 1e6;
        long acceptAt = System.nanoTime();
        CompletableFuture<Double> acceptCall = agent.contactCenter().accept(contactId).toCompletableFuture()
                .thenApply(done -> (System.nanoTime() - acceptAt) / 1e6);
        engine.await("session.heard", contactId, CALLER_TONE);
        double acceptToAudioMs = (System.nanoTime() - acceptAt) / 1e6;
        double acceptCallMs = acceptCall.get(WAIT_SECONDS, TimeUnit.SECONDS);
        long cpuBefore = engine.cpuTicks();
        long talkStart = System.nanoTime();
        awaitEndpointHearsAgent(contactId);
        long cpu = engine.cpuTicks() - cpuBefore;
        double talk = (System.nanoTime() - talkStart) / 1e9;
        CompletableFuture<Void> acw = afterCallWork.computeIfAbsent(contactId, id -> new CompletableFuture<>());
        agent.contactCenter().end(contactId).toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
        acw.get(WAIT_SECONDS, TimeUnit.SECONDS);
        JsonObject args = new JsonObject();
        args.addProperty("contactId", contactId);
        engine.request("session.hangup", args).get(WAIT_SECONDS, TimeUnit.SECONDS);
        JsonObject report = engine.await("session.ended", contactId, null).getAsJsonObject("report");
        agent.contactCenter().clearAfterCallWork(contactId).toCompletableFuture().get(WAIT_SECONDS, TimeUnit.SECONDS);
        long engineRss = engine.request("memory", new JsonObject()).get(WAIT_SECONDS, TimeUnit.SECONDS)
                .get("residentKb").getAsLong();
        return new Call(mediaReadyMs, acceptToAudioMs, acceptCallMs, engineRss, cpu, talk, report);
    }

    /** The caller side hears the agent's tone: asked of the contact center's media endpoint for a second of talk. */
    private void awaitEndpointHearsAgent(String contactId) throws Exception {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(1);
        boolean heard = false;
        while (System.nanoTime() < end) {
            JsonObject view = JsonParser.parseString(http.send(HttpRequest.newBuilder(
                    URI.create(server + "/admin/calls/" + contactId + "/media")).build(),
                    HttpResponse.BodyHandlers.ofString()).body()).getAsJsonObject();
            heard |= !view.get("agentToneHz").isJsonNull() && view.get("agentToneHz").getAsDouble() == AGENT_TONE;
            Thread.sleep(50); // a second of conversation, sampled: not a synchronisation
        }
        if (!heard) {
            throw new IllegalStateException("the caller never heard the agent on " + contactId);
        }
    }

    private String placeCall() throws Exception {
        String body = "{\"queue\":\"Bench\",\"phoneNumber\":\"+15555550100\",\"audio\":{\"toneHz\":" + (int) CALLER_TONE
                + "},\"listenForHz\":[" + (int) AGENT_TONE + "]}";
        HttpResponse<String> placed = http.send(HttpRequest.newBuilder(URI.create(server + "/admin/calls"))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return JsonParser.parseString(placed.body()).getAsJsonObject().get("contactId").getAsString();
    }

    private void event(CallbenchEvent event) {
        if (event instanceof ContactEvent contact) {
            if (contact.type() == ContactEvent.Type.CONNECTING) {
                contact.contact().connections().stream().map(Connection::softphone).flatMap(java.util.Optional::stream)
                        .findFirst().ifPresent(media -> routed.computeIfAbsent(contact.contactId(),
                                id -> new CompletableFuture<>()).complete(media));
            } else if (contact.type() == ContactEvent.Type.ACW) {
                afterCallWork.computeIfAbsent(contact.contactId(), id -> new CompletableFuture<>()).complete(null);
            }
        }
    }

    private static JsonObject start(String contactId, SoftphoneMediaInfo media) {
        JsonObject args = new JsonObject();
        args.addProperty("contactId", contactId);
        args.addProperty("signalingEndpoint", media.signalingEndpoint().toString());
        args.addProperty("callContextToken", media.callContextToken());
        args.add("iceServers", SessionArguments.iceServers(media));
        args.addProperty("sendToneHz", AGENT_TONE);
        JsonArray listen = new JsonArray();
        listen.add(CALLER_TONE);
        args.add("listenFor", listen);
        return args;
    }

    /**
     * This JVM's live heap after a collection. Its heap is committed and touched from the start (call.sh), so its
     * resident size changes only outside the heap; what leaks inside the heap shows here.
     */
    private static long liveHeapKb() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return (runtime.totalMemory() - runtime.freeMemory()) / 1024;
    }

    private static long selfRssKb() throws Exception {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmRSS:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", ""))).findFirst().orElse(0L);
    }

    private static double percentile(List<Double> values, int percent) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.max(0, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }

    /** The softphone's media engine as a child process, spoken to over its control channel (JSON lines). */
    private static final class Engine implements AutoCloseable {
        private final Process process;
        private final Writer in;
        private final AtomicLong ids = new AtomicLong();
        private final Map<Long, CompletableFuture<JsonObject>> answers = new ConcurrentHashMap<>();
        private final BlockingQueue<JsonObject> events = new LinkedBlockingQueue<>();

        private Engine(Process process) {
            this.process = process;
            this.in = new OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8);
            Thread.ofPlatform().daemon().start(this::read);
        }

        static Engine start(String classPath) throws Exception {
            // the workbench's own command line: its JVM options (heap, collector, compiler) shape the engine's memory
            Process process = new ProcessBuilder(EngineCommand.mediaEngine(classPath).commandLine())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            return new Engine(process);
        }

        synchronized CompletableFuture<JsonObject> request(String op, JsonObject args) throws Exception {
            long id = ids.incrementAndGet();
            CompletableFuture<JsonObject> answer = new CompletableFuture<>();
            answers.put(id, answer);
            JsonObject request = args.deepCopy();
            request.addProperty("id", id);
            request.addProperty("op", op);
            in.write(request + "\n");
            in.flush();
            return answer.thenApply(reply -> {
                if (!reply.has("ok")) {
                    throw new IllegalStateException(op + " failed: " + reply);
                }
                return reply.getAsJsonObject("ok");
            });
        }

        /** Waits for the engine event about the contact (with that tone, for session.heard). */
        JsonObject await(String name, String contactId, Double toneHz) throws Exception {
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
            while (true) {
                JsonObject event = events.poll(end - System.nanoTime(), TimeUnit.NANOSECONDS);
                if (event == null) {
                    throw new IllegalStateException("no " + name + " for " + contactId);
                }
                if (name.equals(event.get("event").getAsString()) && contactId.equals(event.get("contactId")
                        .getAsString()) && (toneHz == null || event.has("toneHz")
                                && event.get("toneHz").getAsDouble() == toneHz)) {
                    return event;
                }
                if ("session.failed".equals(event.get("event").getAsString())) {
                    throw new IllegalStateException("the session failed: " + event);
                }
            }
        }

        long cpuTicks() throws Exception {
            String[] stat = Files.readString(Path.of("/proc/" + process.pid() + "/stat")).split("\\) ")[1].split(" ");
            return Long.parseLong(stat[11]) + Long.parseLong(stat[12]);
        }

        private void read() {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    JsonObject message = JsonParser.parseString(line).getAsJsonObject();
                    if (message.has("event")) {
                        events.add(message);
                    } else {
                        CompletableFuture<JsonObject> answer = answers.remove(message.get("id").getAsLong());
                        if (answer != null) {
                            answer.complete(message);
                        }
                    }
                }
            } catch (Exception e) {
                answers.values().forEach(answer -> answer.completeExceptionally(e));
            }
        }

        @Override
        public void close() throws Exception {
            process.destroy();
            process.waitFor(5, TimeUnit.SECONDS);
        }
    }
}
