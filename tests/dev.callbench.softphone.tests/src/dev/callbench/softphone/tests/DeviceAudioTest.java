package dev.callbench.softphone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.callbench.api.Connection;
import dev.callbench.api.SoftphoneMediaInfo;
import dev.callbench.api.event.CallbenchEvent;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.api.service.ActionFailedException;
import dev.callbench.api.service.ContactCenter;
import dev.callbench.api.service.Softphone;
import dev.callbench.cti.connect.CtiSettings;
import dev.callbench.cti.connect.CtiTimings;
import dev.callbench.cti.internal.CtiClient;
import dev.callbench.softphone.internal.Messages;
import dev.callbench.softphone.internal.engine.EngineProcess;
import dev.callbench.softphone.internal.engine.MediaEngineException;
import dev.callbench.softphone.internal.session.SessionArguments;
import dev.callbench.tests.support.LocalContactCenterExtension;
import dev.callbench.tests.support.MonitorCapture;
import dev.callbench.tests.support.OsgiServices;
import dev.callbench.tests.support.PulseAudioServer;
import dev.callbench.tests.support.TonePlayer;
import dev.callbench.tests.support.Wait;

/**
 * The softphone on real audio devices: a PulseAudio daemon of the test's own (null sinks for the speakers, a
 * microphone that records what plays into a "caller feed" sink), the real media engine process with that server in
 * its environment, and real calls through the local contact center, its coturn and its media endpoint. The agent's
 * microphone is heard by the endpoint, the caller is heard on the agent's speaker, and both can be switched mid-call.
 */
class DeviceAudioTest {

    private static final double CALLER_TONE = 440;
    private static final double MIC_TONE = 600;
    private static final double MIC2_TONE = 1000;
    private static final double TEST_TONE = 880;
    /** How long a switch of device may take until the tone is on the new device (measured: see the log). */
    private static final Duration SWITCH = Duration.ofSeconds(3);

    @RegisterExtension
    static final LocalContactCenterExtension CENTER = new LocalContactCenterExtension("""
            {
              "host": "127.0.0.1", "port": 0,
              "queues": [{"name": "Sales"}],
              "routingProfiles": [{"name": "Sales", "queues": ["Sales"]}],
              "agents": [{"login": "erin", "password": "pw-erin", "name": "Erin", "routingProfile": "Sales"}]
            }
            """);

    @TempDir
    static Path folder;
    private static PulseAudioServer pulse;
    private static MonitorCapture speaker;
    private static MonitorCapture headset;
    private static TonePlayer mic;
    private static TonePlayer mic2;

    private final List<JsonObject> events = new ArrayList<>();
    private final List<String> offered = new ArrayList<>();
    private final Map<String, SoftphoneMediaInfo> media = new java.util.concurrent.ConcurrentHashMap<>();
    private EngineProcess engine;
    private CtiClient agent;
    private ContactCenter center;

    @BeforeAll
    static void startTheSoundServer() throws Exception {
        pulse = PulseAudioServer.start(folder.resolve("pulse"), List.of(
                PulseAudioServer.nullSink("agent_speaker", "Agent_Speaker", 2),
                PulseAudioServer.nullSink("agent_headset", "Agent_Headset", 2),
                PulseAudioServer.nullSink("caller_feed", "Caller_Feed", 1),
                PulseAudioServer.remappedMonitor("agent_mic", "Agent_Mic", "caller_feed"),
                PulseAudioServer.nullSink("caller_feed2", "Caller_Feed2", 1),
                PulseAudioServer.remappedMonitor("agent_mic2", "Agent_Mic2", "caller_feed2"),
                "set-default-sink agent_speaker", "set-default-source agent_mic"),
                List.of("agent_speaker", "agent_headset", "caller_feed", "caller_feed2"),
                List.of("agent_mic", "agent_mic2"));
        speaker = MonitorCapture.of(pulse, "agent_speaker");
        headset = MonitorCapture.of(pulse, "agent_headset");
        mic = TonePlayer.into(pulse, "caller_feed", MIC_TONE);
        mic2 = TonePlayer.into(pulse, "caller_feed2", MIC2_TONE);
    }

    @AfterAll
    static void stopTheSoundServer() throws Exception {
        for (AutoCloseable child : new AutoCloseable[] { mic, mic2, speaker, headset, pulse }) {
            if (child != null) {
                child.close();
            }
        }
    }

    private void signIn(Map<String, String> environment) throws Exception {
        engine = EngineProcess.start(Engines.real().withEnvironment(environment));
        engine.addEventListener(this::record);
        agent = CtiClient.connect(new CtiSettings(URI.create(CENTER.baseUri() + "/api"), "erin", "pw-erin",
                CtiTimings.standard()), HttpClient.newHttpClient(), Executors.newSingleThreadScheduledExecutor(),
                this::contactEvent, problem -> {
                }, () -> null).get(AgentDesk.WAIT.toSeconds(), TimeUnit.SECONDS);
        center = agent.contactCenter();
        center.setState(Wait.forValue("erin's first snapshot", center::snapshot, AgentDesk.WAIT).agent()
                .selectableState("Available").orElseThrow()).toCompletableFuture().join();
    }

    @AfterEach
    void stop() throws Exception {
        for (String contactId : offered) {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(CENTER.baseUri() + "/admin/calls/"
                    + contactId + "/hangup")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        if (agent != null) {
            agent.close();
        }
        Engines.stop(engine);
    }

    @Test
    void theAgentsMicrophoneAndSpeakerCarryTheCallAndCanBeSwitchedMidCall() throws Exception {
        signIn(pulse.clientEnvironment());

        JsonObject listed = request("devices.list", new JsonObject());
        assertTrue(has(listed, "microphones", "agent_mic", "Agent_Mic"), listed.toString());
        assertTrue(has(listed, "microphones", "agent_mic2", "Agent_Mic2"), listed.toString());
        assertFalse(listed.toString().contains(".monitor"), "no monitor is a microphone: " + listed);
        assertTrue(has(listed, "speakers", "agent_speaker", "Agent_Speaker"), listed.toString());
        assertTrue(has(listed, "speakers", "agent_headset", "Agent_Headset"), listed.toString());

        String contactId = talkingOnDevices();
        EndpointEar endpoint = new EndpointEar(CENTER.baseUri(), contactId);
        endpoint.await("the endpoint hears the agent's microphone", view -> number(view, "agentToneHz") == MIC_TONE);
        speaker.awaitTones(speaker.positionAt(System.nanoTime()), AgentDesk.WAIT, CALLER_TONE);

        long toHeadset = switchSpeaker("agent_headset", headset, speaker);
        long back = switchSpeaker("agent_speaker", speaker, headset);

        long micSwitch = System.nanoTime();
        use("microphone", "agent_mic2");
        endpoint.await("the endpoint hears the second microphone", view -> number(view, "agentToneHz") == MIC2_TONE);
        long toMic2 = (System.nanoTime() - micSwitch) / 1_000_000;
        assertTrue(events("session.ended").isEmpty(), "the call goes on: " + events);
        double level = request("devices.level", new JsonObject()).get("levelDbfs").getAsDouble();
        assertTrue(level > -30, "the second microphone's tone is loud: " + level + " dBFS");

        JsonObject mute = new JsonObject();
        mute.addProperty("contactId", contactId);
        mute.addProperty("muted", true);
        request("session.mute", mute);
        endpoint.await("silence from the muted agent", view -> view.get("agentToneHz").isJsonNull()
                && number(view, "agentLevelDbfs") < -50);
        mute.addProperty("muted", false);
        request("session.mute", mute);
        endpoint.await("the agent heard again", view -> number(view, "agentToneHz") == MIC2_TONE);
        System.out.printf("Device switch latency: speaker to headset %d ms, back %d ms, microphone %d ms "
                + "(until the endpoint's view showed it)%n", toHeadset, back, toMic2);

        hangUp(contactId);
        use("speaker", "agent_headset");
        long before = headset.positionAt(System.nanoTime());
        JsonObject tone = new JsonObject();
        tone.addProperty("toneHz", TEST_TONE);
        request("devices.testSpeaker", tone);
        headset.awaitTones(before, AgentDesk.WAIT, TEST_TONE);

        String next = talkingOnDevices();
        new EndpointEar(CENTER.baseUri(), next).await("the next call records from the chosen microphone",
                view -> number(view, "agentToneHz") == MIC2_TONE);
        headset.awaitTones(headset.positionAt(System.nanoTime()), AgentDesk.WAIT, CALLER_TONE);
        hangUp(next);
    }

    @Test
    void withoutASoundServerTheSessionFailsAsAMicrophoneThatCannotBeOpened() throws Exception {
        signIn(Map.of("PULSE_SERVER", "unix:" + folder.resolve("no-such-server"), "PULSE_LATENCY_MSEC", "60"));
        ExecutionException refused = assertThrows(ExecutionException.class,
                () -> engine.request("devices.list", new JsonObject()).get(AgentDesk.WAIT.toSeconds(),
                        TimeUnit.SECONDS));
        assertEquals("noAudioSystem", ((MediaEngineException) refused.getCause()).kind(), refused.toString());

        String contactId = ringing();
        start(contactId);
        JsonObject failed = Wait.forValue("the session to fail", () -> first("session.failed"), AgentDesk.WAIT);
        assertEquals("GUM_OTHER_FAILURE", SoftphoneCallTest.text(failed, "reason"), failed.toString());
        assertEquals("GUM Other Failure", SoftphoneCallTest.text(failed, "rtcError"), failed.toString());
        assertEquals("microphone_not_shared", SoftphoneCallTest.text(failed, "softphoneErrorType"), failed.toString());
        Wait.forValue("the failed session's report", () -> first("session.ended"), AgentDesk.WAIT);

        // the workbench's softphone (its engine has no sound server either) says so in a sentence
        Softphone softphone = OsgiServices.await(Softphone.class);
        ExecutionException listing = assertThrows(ExecutionException.class,
                () -> softphone.microphones().toCompletableFuture().get(AgentDesk.WAIT.toSeconds(), TimeUnit.SECONDS));
        ActionFailedException sentence = ActionFailedException.of(listing);
        assertEquals(Messages.devices_noAudioSystem, sentence.getMessage(), listing.toString());
        assertTrue(Messages.softphone_microphoneNotShared.contains("microphone"));
    }

    /** Moves the speaker; the caller's tone is on {@code to} and gone from {@code from}. Returns the ms it took. */
    private long switchSpeaker(String device, MonitorCapture to, MonitorCapture from) throws Exception {
        long asked = System.nanoTime();
        long start = to.positionAt(asked);
        use("speaker", device);
        long heard = to.awaitTones(start, SWITCH, CALLER_TONE);
        long latency = (to.arrivedAt(heard) - asked) / 1_000_000;
        long after = from.positionAt(System.nanoTime());
        Wait.until(device + " only: the other speaker is silent", () -> {
            long end = from.position();
            if (end < after + MonitorCapture.RATE / 10) {
                return false;
            }
            short[] window = from.samples(end - MonitorCapture.RATE / 10, end);
            return dev.callbench.media.internal.PcmFormat.levelDbfs(window, 0, window.length) < -60;
        }, SWITCH);
        return latency;
    }

    private void use(String which, String device) throws Exception {
        JsonObject args = new JsonObject();
        args.addProperty(which, device);
        request("devices.use", args);
    }

    /** A call rings, its session starts on the system's devices, and the agent accepts it. */
    private String talkingOnDevices() throws Exception {
        String contactId = ringing();
        int from = eventCount();
        start(contactId);
        Wait.until("media set up for " + contactId, () -> eventsSince(from).stream().anyMatch(
                e -> "session.state".equals(SoftphoneCallTest.text(e, "event"))
                        && "TALKING".equals(SoftphoneCallTest.text(e, "state"))), AgentDesk.WAIT);
        center.accept(contactId).toCompletableFuture().join();
        return contactId;
    }

    private void hangUp(String contactId) throws Exception {
        request("session.hangup", contact(contactId));
        center.end(contactId).toCompletableFuture().join();
        center.clearAfterCallWork(contactId).toCompletableFuture().join();
    }

    private String ringing() throws Exception {
        HttpResponse<String> placed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(CENTER.baseUri() + "/admin/calls")).POST(HttpRequest.BodyPublishers.ofString(
                        "{\"queue\":\"Sales\",\"phoneNumber\":\"+15555550100\",\"audio\":{\"toneHz\":"
                                + (int) CALLER_TONE + "},\"listenForHz\":[" + (int) MIC_TONE + "," + (int) MIC2_TONE
                                + "]}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(201, placed.statusCode(), placed.body());
        String contactId = JsonParser.parseString(placed.body()).getAsJsonObject().get("contactId").getAsString();
        offered.add(contactId);
        Wait.until("the call ringing for erin", () -> media.containsKey(contactId), AgentDesk.WAIT);
        return contactId;
    }

    private void contactEvent(CallbenchEvent event) {
        if (event instanceof ContactEvent contact && contact.type() == ContactEvent.Type.CONNECTING) {
            contact.contact().connections().stream().map(Connection::softphone).flatMap(Optional::stream)
                    .findFirst().ifPresent(info -> media.putIfAbsent(contact.contactId(), info));
        }
    }

    private void start(String contactId) throws Exception {
        SoftphoneMediaInfo info = media.get(contactId);
        JsonObject args = contact(contactId);
        args.addProperty("signalingEndpoint", info.signalingEndpoint().toString());
        args.addProperty("callContextToken", info.callContextToken());
        args.add("iceServers", SessionArguments.iceServers(info));
        args.addProperty("audio", "devices");
        request("session.start", args);
    }

    private static JsonObject contact(String contactId) {
        JsonObject args = new JsonObject();
        args.addProperty("contactId", contactId);
        return args;
    }

    private JsonObject request(String op, JsonObject args) throws Exception {
        CompletableFuture<JsonObject> answer = engine.request(op, args);
        return answer.get(AgentDesk.WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static boolean has(JsonObject listed, String which, String id, String name) {
        for (JsonElement e : listed.getAsJsonArray(which)) {
            JsonObject device = e.getAsJsonObject();
            if (id.equals(SoftphoneCallTest.text(device, "id")) && name.equals(SoftphoneCallTest.text(device, "name"))) {
                return true;
            }
        }
        return false;
    }

    private static double number(JsonObject json, String name) {
        return SoftphoneCallTest.number(json, name);
    }

    private synchronized void record(String name, JsonObject fields) {
        JsonObject event = fields.deepCopy();
        event.addProperty("event", name);
        events.add(event);
    }

    private synchronized int eventCount() {
        return events.size();
    }

    private synchronized List<JsonObject> eventsSince(int from) {
        return List.copyOf(events.subList(from, events.size()));
    }

    private synchronized List<JsonObject> events(String name) {
        return events.stream().filter(e -> name.equals(SoftphoneCallTest.text(e, "event"))).toList();
    }

    private synchronized Optional<JsonObject> first(String name) {
        Predicate<JsonObject> named = e -> name.equals(SoftphoneCallTest.text(e, "event"));
        return events.stream().filter(named).findFirst();
    }
}
