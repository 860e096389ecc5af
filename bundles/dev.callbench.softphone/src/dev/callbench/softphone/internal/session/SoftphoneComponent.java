package dev.callbench.softphone.internal.session;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.callbench.api.AgentSnapshot;
import dev.callbench.api.AudioDevice;
import dev.callbench.api.CallQuality;
import dev.callbench.api.Connection;
import dev.callbench.api.Contact;
import dev.callbench.api.IceServer;
import dev.callbench.api.SessionReport;
import dev.callbench.api.SoftphoneError;
import dev.callbench.api.SoftphoneErrorType;
import dev.callbench.api.SoftphoneMediaInfo;
import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.api.internal.suite.EventBus;
import dev.callbench.api.service.ActionFailedException;
import dev.callbench.api.service.ContactCenter;
import dev.callbench.api.service.Softphone;
import dev.callbench.api.whiteboard.ContactEventTypes;
import dev.callbench.api.whiteboard.ContactListener;
import dev.callbench.softphone.internal.Messages;
import dev.callbench.softphone.internal.engine.EngineEventListener;
import dev.callbench.softphone.internal.engine.EngineProcess;
import dev.callbench.softphone.internal.engine.MediaEngineException;
import dev.callbench.softphone.internal.engine.MediaEngineListener;
import dev.callbench.softphone.internal.engine.MediaEngineSupervisor;

/**
 * The softphone's sessions: one per softphone contact, started in the media engine as soon as the contact is
 * offered (connect-rtc-js starts its session while the call rings), ended when the contact leaves the live states.
 * The engine's news becomes the agent's events: softphone failures with a sentence, call quality every second, the
 * session report at the end.
 */
@Component(service = { Softphone.class, ContactListener.class }, configurationPid = "dev.callbench.softphone")
@ContactEventTypes({ ContactEvent.Type.INCOMING, ContactEvent.Type.CONNECTING, ContactEvent.Type.CONNECTED,
        ContactEvent.Type.ACCEPTED, ContactEvent.Type.MISSED, ContactEvent.Type.ENDED, ContactEvent.Type.ACW,
        ContactEvent.Type.DESTROYED, ContactEvent.Type.ERROR })
public final class SoftphoneComponent implements Softphone, ContactListener {

    private static final Logger LOG = LoggerFactory.getLogger(SoftphoneComponent.class);
    private static final Set<ContactEvent.Type> LIVE = Set.of(ContactEvent.Type.INCOMING,
            ContactEvent.Type.CONNECTING, ContactEvent.Type.CONNECTED, ContactEvent.Type.ACCEPTED);

    private final MediaEngineSupervisor engine;
    private final EventBus bus;
    /** The signed-in agent's contact center; none while nobody is signed in. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile ContactCenter center;
    private final SessionAudio audio;
    private final Set<String> started = ConcurrentHashMap.newKeySet();
    private final Map<String, CallQuality> quality = new ConcurrentHashMap<>();
    private final AtomicReference<SessionReport> lastReport = new AtomicReference<>();
    private final EngineEventListener events = this::engineEvent;
    /** The agent's chosen microphone and speaker (PulseAudio names); empty: the system's default. */
    private volatile String microphone;
    private volatile String speaker;
    /** Whether a sound server answered the engine when it last started: what {@code audio=auto} decides by. */
    private volatile CompletableFuture<Boolean> soundServer = CompletableFuture.completedFuture(false);
    private final MediaEngineListener deaths = new MediaEngineListener() {
        @Override
        public void started(EngineProcess process) {
            applyDevices(process);
        }

        @Override
        public void recycled(EngineProcess process) {
            applyDevices(process);
        }

        @Override
        public void died(EngineProcess process, String sentence) {
            engineDied();
        }
    };

    @Activate
    public SoftphoneComponent(@Reference MediaEngineSupervisor engine, @Reference EventBus bus, SessionAudio audio) {
        this.engine = engine;
        this.bus = bus;
        this.audio = audio;
        this.microphone = audio.microphone();
        this.speaker = audio.speaker();
        engine.addEventListener(events);
        engine.addListener(deaths);
        engine.current().ifPresent(this::applyDevices); // an engine that started before this component
    }

    /**
     * Tells a (new) engine the agent's devices: it remembers them for every call it sets up. With {@code audio=auto},
     * first asks it whether a sound server answers.
     */
    private void applyDevices(EngineProcess process) {
        if (SessionAudio.AUTO.equals(audio.audio())) {
            soundServer = process.request("devices.list", new JsonObject()).handle((devices, failure) -> {
                LOG.info("Calls use {}", failure == null ? "the system's microphone and speaker"
                        : "no audio device: no sound server answers");
                return failure == null;
            });
        }
        JsonObject args = new JsonObject();
        if (!microphone.isEmpty()) {
            args.addProperty("microphone", microphone);
        }
        if (!speaker.isEmpty()) {
            args.addProperty("speaker", speaker);
        }
        if (args.size() == 0) {
            return;
        }
        process.request("devices.use", args).exceptionally(failure -> {
            LOG.warn("The media engine {} could not use the chosen devices {}", process.pid(), args, failure);
            return null;
        });
    }

    @Deactivate
    void stop() {
        engine.removeEventListener(events);
        engine.removeListener(deaths);
    }

    @Override
    public void onContactEvent(ContactEvent event) {
        Optional<SoftphoneMediaInfo> media = softphoneMedia(event.contact());
        if (media.isEmpty()) {
            return;
        }
        if (LIVE.contains(event.type())) {
            start(event.contactId(), media.get());
        } else {
            hangUp(event.contactId());
        }
    }

    /** Whether calls use the system's devices; with {@code audio=auto}, once the engine's sound server answered or not. */
    private CompletableFuture<Boolean> onDevices() {
        return SessionAudio.AUTO.equals(audio.audio()) ? soundServer
                : CompletableFuture.completedFuture(SessionAudio.DEVICES.equals(audio.audio()));
    }

    private static Optional<SoftphoneMediaInfo> softphoneMedia(Contact contact) {
        return contact.connections().stream().map(Connection::softphone).flatMap(Optional::stream).findFirst();
    }

    private void start(String contactId, SoftphoneMediaInfo media) {
        if (!started.add(contactId)) {
            return;
        }
        onDevices().thenCompose(devices -> engine.request("session.start",
                SessionArguments.of(contactId, media, audio, devices))).exceptionally(failure -> {
            started.remove(contactId);
            LOG.warn("The media engine did not start the session of contact {}", contactId, failure);
            publishFailure(contactId, SoftphoneErrorType.WEBRTC_ERROR);
            return null;
        });
    }

    private void hangUp(String contactId) {
        if (started.remove(contactId)) {
            engine.request("session.hangup", SessionArguments.contact(contactId)).exceptionally(failure -> {
                LOG.info("The media engine did not hang up contact {}", contactId, failure);
                return null;
            });
        }
    }

    private void engineEvent(String name, JsonObject event) {
        String contactId = EngineReports.text(event, "contactId");
        switch (name) {
            case "session.failed" -> failed(contactId, event);
            case "session.stats" -> measured(contactId, event);
            case "session.ended" -> ended(contactId, event.getAsJsonObject("report"));
            case "session.iceServersNeeded" -> freshIceServers(contactId);
            default -> {
                // states are for the log and the tests
            }
        }
    }

    /**
     * An ICE restart needs fresh TURN credentials: the contact center's, as connect-rtc-js asks CreateTransport for
     * them. Without them the engine is told none, and the restart fails at once.
     */
    private void freshIceServers(String contactId) {
        ContactCenter signedIn = center;
        CompletableFuture<List<IceServer>> servers = signedIn == null ? CompletableFuture.completedFuture(List.of())
                : signedIn.softphoneIceServers().toCompletableFuture();
        servers.exceptionally(failure -> {
            LOG.info("The contact center gave no fresh ICE servers for the ICE restart of contact {}", contactId,
                    failure);
            return List.of();
        }).thenCompose(fresh -> {
            JsonObject args = SessionArguments.contact(contactId);
            args.add("iceServers", SessionArguments.iceServers(fresh));
            return engine.request("session.iceServers", args);
        }).exceptionally(failure -> {
            LOG.info("The media engine did not take the fresh ICE servers of contact {}", contactId, failure);
            return null;
        });
    }

    private void failed(String contactId, JsonObject event) {
        LOG.info("Softphone session of contact {} failed: {} ({})", contactId, EngineReports.text(event, "rtcError"),
                EngineReports.text(event, "detail"));
        String type = EngineReports.text(event, "softphoneErrorType");
        if (type != null) { // Streams publishes nothing for a call not found either
            SoftphoneErrorType errorType = SoftphoneSentences.typeOf(type);
            publishFailure(contactId, errorType, SoftphoneSentences.of(errorType, EngineReports.text(event, "reason")));
        }
    }

    private void measured(String contactId, JsonObject stats) {
        CallQuality now = EngineReports.quality(contactId, stats, Instant.now());
        quality.put(contactId, now);
        publish(snapshot -> new AgentEvent.CallQualityUpdate(snapshot, now.at(), now));
    }

    private void ended(String contactId, JsonObject json) {
        SessionReport report = EngineReports.report(contactId, json);
        lastReport.set(report);
        quality.remove(contactId);
        started.remove(contactId);
        publish(snapshot -> new AgentEvent.SoftphoneSessionEnded(snapshot, Instant.now(), report));
        ContactCenter signedIn = center;
        if (signedIn != null) {
            signedIn.reportSoftphoneSession(report).exceptionally(failure -> {
                LOG.info("The contact center did not take the softphone report of contact {}", contactId, failure);
                return null;
            });
        }
    }

    private void engineDied() {
        Set<String> lost = Set.copyOf(started);
        started.clear();
        quality.clear();
        lost.forEach(contactId -> publishFailure(contactId, SoftphoneErrorType.REALTIME_COMMUNICATION_ERROR));
    }

    private void publishFailure(String contactId, SoftphoneErrorType type) {
        publishFailure(contactId, type, SoftphoneSentences.of(type));
    }

    private void publishFailure(String contactId, SoftphoneErrorType type, String sentence) {
        SoftphoneError error = new SoftphoneError(type, sentence, contactId);
        publish(snapshot -> new AgentEvent.SoftphoneFailure(snapshot, Instant.now(), error));
    }

    /** Agent events need the agent's snapshot: none is published while nobody is signed in. */
    private void publish(Function<AgentSnapshot, AgentEvent> event) {
        ContactCenter signedIn = center;
        if (signedIn != null) {
            signedIn.snapshot().map(event).ifPresent(bus::publish);
        }
    }

    @Override
    public boolean isReady() {
        return engine.current().isPresent();
    }

    @Override
    public CompletionStage<Void> setMuted(String contactId, boolean muted) {
        JsonObject args = SessionArguments.contact(contactId);
        args.addProperty("muted", muted);
        ContactCenter signedIn = center;
        if (signedIn == null) {
            return CompletableFuture.failedFuture(
                    new ActionFailedException(ActionFailedException.Reason.NOT_CONNECTED, null));
        }
        CompletableFuture<JsonObject> silenced = engine.request("session.mute", args);
        return silenced.thenCompose(done -> signedIn.mute(contactId, muted));
    }

    @Override
    public Optional<CallQuality> quality(String contactId) {
        return Optional.ofNullable(quality.get(contactId));
    }

    @Override
    public Optional<SessionReport> lastReport() {
        return Optional.ofNullable(lastReport.get());
    }

    @Override
    public CompletionStage<List<AudioDevice>> microphones() {
        return devices("microphones");
    }

    @Override
    public CompletionStage<List<AudioDevice>> speakers() {
        return devices("speakers");
    }

    @Override
    public CompletionStage<Void> useMicrophone(AudioDevice device) {
        return use("microphone", device).thenRun(() -> microphone = device.id());
    }

    @Override
    public CompletionStage<Void> useSpeaker(AudioDevice device) {
        return use("speaker", device).thenRun(() -> speaker = device.id());
    }

    @Override
    public CompletionStage<Void> testSpeaker() {
        return deviceRequest("devices.testSpeaker", new JsonObject()).thenApply(answer -> null);
    }

    private CompletableFuture<List<AudioDevice>> devices(String which) {
        return deviceRequest("devices.list", new JsonObject()).thenApply(answer -> {
            List<AudioDevice> devices = new ArrayList<>();
            for (JsonElement e : answer.getAsJsonArray(which)) {
                JsonObject device = e.getAsJsonObject();
                devices.add(new AudioDevice(device.get("id").getAsString(), device.get("name").getAsString()));
            }
            return List.copyOf(devices);
        });
    }

    private CompletableFuture<JsonObject> use(String which, AudioDevice device) {
        JsonObject args = new JsonObject();
        args.addProperty(which, device.id());
        return deviceRequest("devices.use", args);
    }

    /** A request about devices, whose failure is an {@link ActionFailedException} with a sentence for the agent. */
    private CompletableFuture<JsonObject> deviceRequest(String op, JsonObject args) {
        return engine.request(op, args).handle((answer, failure) -> {
            if (failure == null) {
                return CompletableFuture.completedFuture(answer);
            }
            Throwable cause = failure;
            while (!(cause instanceof MediaEngineException) && cause.getCause() != null) {
                cause = cause.getCause();
            }
            LOG.info("The media engine could not do {} {}", op, args, failure);
            return CompletableFuture.<JsonObject>failedFuture(deviceFailure(cause));
        }).thenCompose(stage -> stage);
    }

    private static ActionFailedException deviceFailure(Throwable cause) {
        if (cause instanceof MediaEngineException refused && refused.reason() == MediaEngineException.Reason.REFUSED) {
            return switch (refused.kind()) {
                case "noAudioSystem" -> new ActionFailedException(ActionFailedException.Reason.FAILED,
                        Messages.devices_noAudioSystem, refused);
                case "noSuchDevice" -> new ActionFailedException(ActionFailedException.Reason.NOT_FOUND,
                        Messages.devices_gone, refused);
                default -> new ActionFailedException(ActionFailedException.Reason.FAILED, Messages.devices_failed,
                        refused);
            };
        }
        if (cause instanceof MediaEngineException other) { // not running, not answering: its own sentence
            return new ActionFailedException(ActionFailedException.Reason.FAILED, other.getMessage(), other);
        }
        return new ActionFailedException(ActionFailedException.Reason.FAILED, Messages.devices_failed, cause);
    }
}
