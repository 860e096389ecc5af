package dev.callbench.softphone.engine.internal.rtc;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.callbench.media.internal.AudioDevices;
import dev.callbench.media.internal.AudioPeer;
import dev.callbench.media.internal.AudioPeerConfig;
import dev.callbench.media.internal.IceServer;
import dev.callbench.media.internal.MediaFactoryPool;
import dev.callbench.media.internal.PcmSource;
import dev.callbench.media.internal.ToneReading;
import dev.callbench.media.internal.ToneSource;
import dev.callbench.softphone.engine.internal.EventSink;
import dev.callbench.softphone.engine.internal.OperationException;

/**
 * The engine's softphone operations: {@code session.start}, {@code session.hangup}, {@code session.mute},
 * {@code session.dtmf}, {@code session.iceServers}; and its events: {@code session.state}, {@code session.failed},
 * {@code session.stats} (every second while talking), {@code session.iceServersNeeded} (an ICE restart asks the
 * workbench for fresh TURN credentials) and {@code session.ended} with the report.
 */
public final class SessionOperations implements RtcSession.Events, AutoCloseable {

    private static final Duration STATS_INTERVAL = Duration.ofSeconds(1);
    private static final double TONE_LEVEL = 0.3;
    /** How long an ICE restart waits for the workbench's fresh credentials before it gives up. */
    private static final Duration ICE_SERVERS_WITHIN = Duration.ofSeconds(5);

    private final EventSink events;
    private final DeviceOperations devices;
    private final Map<String, RtcSession> sessions = new ConcurrentHashMap<>();
    private final Map<String, HeardTones> listeners = new ConcurrentHashMap<>();
    private final Map<String, CompletableFuture<List<IceServer>>> iceServersAwaited = new ConcurrentHashMap<>();
    /** One headless factory kept between calls: a call after another is the common case. */
    private final MediaFactoryPool factories = new MediaFactoryPool(1);
    /** The statistics every second and the sessions' timeouts: short tasks only. */
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("engine-timer").factory());

    public SessionOperations(EventSink events, DeviceOperations devices) {
        this.events = events;
        this.devices = devices;
        timer.scheduleAtFixedRate(this::publishStatistics, STATS_INTERVAL.toMillis(), STATS_INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    /** {@code session.start}: sets up the contact's media; progress comes as events. */
    public JsonObject start(JsonObject args) throws OperationException {
        String contactId = args.get("contactId").getAsString();
        List<IceServer> relays = iceServers(args.getAsJsonArray("iceServers"));
        if (relays.isEmpty()) { // media goes through a relay or not at all: never from a host candidate
            events.emit(EngineEvents.FAILED, EngineEvents.failed(contactId, SessionFailureReason.ICE_COLLECTION_TIMEOUT,
                    "the contact's softphone media info names no TURN server"));
            return new JsonObject();
        }
        AudioPeerConfig config = new AudioPeerConfig("agent-" + contactId, relays);
        if (args.has("iceCollectionTimeoutMillis")) {
            config = config.withIceCollectionTimeout(Duration.ofMillis(args.get("iceCollectionTimeoutMillis").getAsLong()));
        }
        boolean onDevices = audio(args) == AudioDevices.SYSTEM;
        config = config.withAudio(audio(args));
        if (onDevices) {
            devices.callOpening();
        }
        AudioPeerConfig peerConfig = config;
        RtcSession session = new RtcSession(contactId, URI.create(args.get("signalingEndpoint").getAsString()),
                args.has("callContextToken") ? args.get("callContextToken").getAsString() : null,
                () -> AudioPeer.open(peerConfig, factories), outgoing(args), this, timer);
        if (sessions.putIfAbsent(contactId, session) != null) {
            throw new IllegalStateException("the contact " + contactId + " has a session already");
        }
        session.connect();
        session.iceConnected().thenRun(() -> {
            if (onDevices) {
                devices.callConnected();
            }
            events.emit(EngineEvents.ICE_CONNECTED, EngineEvents.iceConnected(contactId));
        });
        if (args.has("listenFor")) {
            listen(session, args.getAsJsonArray("listenFor"));
        }
        return new JsonObject();
    }

    /** {@code session.hangup}: answers once the bye was answered (at most 2 s) and the media released. */
    public CompletionStage<JsonObject> hangUp(JsonObject args) {
        RtcSession session = sessions.get(args.get("contactId").getAsString());
        return session == null ? CompletableFuture.completedFuture(new JsonObject())
                : session.hangUp().thenApply(done -> new JsonObject());
    }

    public JsonObject mute(JsonObject args) {
        RtcSession session = sessions.get(args.get("contactId").getAsString());
        if (session != null) {
            session.setMuted(args.get("muted").getAsBoolean());
        }
        return new JsonObject();
    }

    public CompletionStage<JsonObject> dtmf(JsonObject args) {
        RtcSession session = sessions.get(args.get("contactId").getAsString());
        CompletableFuture<Boolean> sent = session == null ? CompletableFuture.completedFuture(false)
                : session.sendDigits(args.get("digits").getAsString());
        return sent.thenApply(done -> {
            JsonObject result = new JsonObject();
            result.addProperty("sent", done);
            return result;
        });
    }

    /** {@code session.iceServers}: the workbench's answer to {@code session.iceServersNeeded}; none: it has none. */
    public JsonObject iceServers(JsonObject args) {
        CompletableFuture<List<IceServer>> awaited = iceServersAwaited.remove(args.get("contactId").getAsString());
        if (awaited != null) {
            awaited.complete(args.has("iceServers") ? iceServers(args.getAsJsonArray("iceServers")) : List.of());
        }
        return new JsonObject();
    }

    @Override
    public CompletableFuture<List<IceServer>> freshIceServers(RtcSession session) {
        CompletableFuture<List<IceServer>> fresh = new CompletableFuture<>();
        iceServersAwaited.put(session.contactId(), fresh);
        events.emit(EngineEvents.ICE_SERVERS_NEEDED, EngineEvents.iceServersNeeded(session.contactId()));
        return fresh.orTimeout(ICE_SERVERS_WITHIN.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((servers, failure) -> iceServersAwaited.remove(session.contactId(), fresh));
    }

    /** How many sessions are open; the supervisor recycles the engine only when none is. */
    public int openSessions() {
        return sessions.size();
    }

    /** {@code audio}: {@code "devices"} (the system's microphone and speaker) or {@code "headless"} (the default). */
    private static AudioDevices audio(JsonObject args) throws OperationException {
        JsonElement audio = args.get("audio");
        if (audio == null || audio.isJsonNull() || "headless".equals(audio.getAsString())) {
            return AudioDevices.HEADLESS;
        }
        if ("devices".equals(audio.getAsString())) {
            return AudioDevices.SYSTEM;
        }
        throw new OperationException(OperationException.BAD_ARGUMENTS, "audio is \"devices\" or \"headless\", not " + audio);
    }

    private static PcmSource outgoing(JsonObject args) {
        JsonElement tone = args.get("sendToneHz");
        return tone == null || tone.getAsDouble() <= 0 ? PcmSource.silence()
                : new ToneSource(tone.getAsDouble(), TONE_LEVEL);
    }

    private void listen(RtcSession session, JsonArray frequencies) {
        double[] hz = new double[frequencies.size()];
        for (int i = 0; i < hz.length; i++) {
            hz[i] = frequencies.get(i).getAsDouble();
        }
        HeardTones tones = new HeardTones(hz, heard -> events.emit(EngineEvents.HEARD,
                EngineEvents.heard(session.contactId(), heard)));
        listeners.put(session.contactId(), tones);
        session.addAudioListener(tones);
    }

    private static List<IceServer> iceServers(JsonArray servers) {
        List<IceServer> list = new ArrayList<>();
        for (JsonElement e : servers) {
            JsonObject server = e.getAsJsonObject();
            List<String> urls = new ArrayList<>();
            JsonElement given = server.get("urls");
            if (given.isJsonArray()) {
                given.getAsJsonArray().forEach(url -> urls.add(url.getAsString()));
            } else {
                urls.add(given.getAsString());
            }
            list.add(new IceServer(urls, text(server, "username"), text(server, "credential")));
        }
        return list;
    }

    private static String text(JsonObject object, String name) {
        JsonElement e = object.get(name);
        return e == null || e.isJsonNull() ? null : e.getAsString();
    }

    private void publishStatistics() {
        sessions.values().stream().filter(s -> s.state() == SessionState.TALKING).forEach(session -> session
                .statistics().thenAccept(stats -> events.emit(EngineEvents.STATISTICS, EngineEvents.statistics(session.contactId(), stats,
                        heard(session.contactId())))));
    }

    private ToneReading heard(String contactId) {
        HeardTones tones = listeners.get(contactId);
        return tones == null ? null : tones.reading();
    }

    @Override
    public void stateChanged(RtcSession session, SessionState state) {
        events.emit(EngineEvents.STATE, EngineEvents.state(session.contactId(), state));
    }

    @Override
    public void failed(RtcSession session, SessionFailureReason reason, String detail) {
        events.emit(EngineEvents.FAILED, EngineEvents.failed(session.contactId(), reason, detail));
    }

    @Override
    public void ended(RtcSession session, SessionReport report) {
        sessions.remove(session.contactId(), session);
        listeners.remove(session.contactId());
        events.emit(EngineEvents.ENDED, EngineEvents.ended(report));
    }

    /** Ends every session (the engine is exiting): each sends its bye and releases its media. */
    @Override
    public void close() {
        timer.shutdownNow();
        CompletableFuture.allOf(sessions.values().stream().map(RtcSession::hangUp).toArray(CompletableFuture[]::new))
                .join();
        factories.close();
    }
}
