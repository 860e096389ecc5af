package dev.callbench.ringtone.tests;

import static dev.callbench.api.event.ContactEvent.Type.ACCEPTED;
import static dev.callbench.api.event.ContactEvent.Type.CONNECTED;
import static dev.callbench.api.event.ContactEvent.Type.CONNECTING;
import static dev.callbench.api.event.ContactEvent.Type.DESTROYED;
import static dev.callbench.api.event.ContactEvent.Type.ENDED;
import static dev.callbench.api.event.ContactEvent.Type.INCOMING;
import static dev.callbench.api.event.ContactEvent.Type.MISSED;
import static dev.callbench.api.event.ContactEvent.Type.REFRESH;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.callbench.api.Contact;
import dev.callbench.api.ContactState;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.api.service.ContactAction;
import dev.callbench.api.whiteboard.ContactActionHook;
import dev.callbench.ringtone.internal.RingerComponent;
import dev.callbench.ringtone.internal.RingerSettings;
import dev.callbench.ringtone.internal.output.OutputDevice;
import dev.callbench.tests.support.MonitorCapture;
import dev.callbench.tests.support.PulseAudioServer;
import dev.callbench.tests.support.Wait;

/**
 * The ringer with real audio: a PulseAudio daemon of the test's own with two null sinks, {@code ringer} and
 * {@code headset} (the default sink, where a ringer that ignored its device would end up), each recorded from its
 * monitor by a {@code parec} child; what is heard is checked with Goertzel. The ringer component is the real one,
 * configured through Configuration Admin and sent real contact events.
 */
class RingerTest {

    private static final Duration HEAR = Duration.ofSeconds(5);
    private static final int RATE = MonitorCapture.RATE;

    @TempDir
    static Path folder;
    private static PulseAudioServer server;
    private static MonitorCapture ringerSink;
    private static MonitorCapture headsetSink;
    private ConfiguredRinger configured;

    @BeforeAll
    static void startPulseAudio() throws IOException {
        server = PulseAudioServer.start(folder.resolve("pulse"), "ringer", "headset");
        ringerSink = MonitorCapture.of(server, "ringer");
        headsetSink = MonitorCapture.of(server, "headset");
    }

    @AfterAll
    static void stopPulseAudio() throws Exception {
        try (ConfiguredRinger last = new ConfiguredRinger()) {
            last.forget();
        }
        try {
            if (ringerSink != null) {
                ringerSink.close();
            }
            if (headsetSink != null) {
                headsetSink.close();
            }
        } finally {
            if (server != null) {
                server.close();
            }
        }
    }

    @BeforeEach
    void track() throws InterruptedException {
        configured = new ConfiguredRinger();
    }

    @AfterEach
    void untrack() {
        configured.close();
    }

    private RingerComponent ringerOn(String device, Map<String, Object> more) throws Exception {
        Map<String, Object> settings = new HashMap<>(more);
        settings.put(RingerSettings.PULSE_SERVER, server.address());
        settings.put(RingerSettings.DEVICE, device);
        return configured.configure(settings);
    }

    @Test
    void anOfferedCallRingsOnTheRingerNotTheHeadsetAndStopsAtOnceOnAccept() throws Exception {
        RingerComponent ringer = ringerOn("ringer", Map.of());
        long ringerMark = ringerSink.position();
        long headsetMark = headsetSink.position();
        Contact call = Contacts.call("voice-1", ContactState.CONNECTING, false);

        configured.deliver(Contacts.event(CONNECTING, call));
        long heard = ringerSink.awaitTones(ringerMark, HEAR, 440, 480);
        assertEquals(Set.of("voice-1"), ringer.ringingContacts());

        long accepted = System.nanoTime();
        configured.deliver(Contacts.event(ACCEPTED, call));
        long acceptedAt = ringerSink.positionAt(accepted);
        ringerSink.awaitPosition(acceptedAt, RATE / 2, HEAR);
        long last = ringerSink.lastLoud(heard);
        double latencyMillis = (ringerSink.arrivedAt(last) - accepted) / 1e6;
        System.out.printf("stop latency: the last ring sample reached the test's parec reader %.1f ms after ACCEPTED"
                + " (negative: before it; the sink renders in blocks of about 10 ms, so every block rendered after"
                + " ACCEPTED was silent); the first ring sample came %d ms into the recording after CONNECTING%n",
                latencyMillis, (ringerSink.firstLoud(ringerMark) - ringerMark) * 1000 / RATE);
        assertTrue(latencyMillis < 1000, "the ring went on " + latencyMillis + " ms after ACCEPTED");
        assertEquals(-1, ringerSink.firstLoud(last + 1), "silence after the ring stopped");
        Wait.until("the ringer is silent", () -> ringer.playing().isEmpty(), HEAR);

        headsetSink.awaitPosition(headsetMark, ringerSink.position() - ringerMark, HEAR);
        assertEquals(-1, headsetSink.firstLoud(headsetMark), "the headset heard nothing of the ring");

        configured.deliver(Contacts.event(REFRESH, call)); // a stale snapshot still saying CONNECTING
        configured.deliver(Contacts.event(CONNECTED, call.withState(ContactState.CONNECTED, call.stateSince())));
        assertTrue(ringer.ringingContacts().isEmpty(), "an accepted call does not ring again");
        System.out.printf("longest onContactEvent call: %.2f ms%n", configured.longestDeliveryMillis());
        assertTrue(configured.longestDeliveryMillis() < 200, "events never wait for audio");
    }

    @Test
    void aQueuedCallbackRingsTheDoubleRingAndStopsWhenMissed() throws Exception {
        ringerOn("ringer", Map.of());
        long mark = ringerSink.position();
        Contact callback = Contacts.callback("callback-1", ContactState.INCOMING);

        configured.deliver(Contacts.event(INCOMING, callback));
        long heard = ringerSink.awaitTones(mark, HEAR, 400, 450);
        long onset = ringerSink.firstLoud(mark);
        ringerSink.awaitPosition(onset, RATE * 33 / 10, HEAR);
        List<Long> runs = ringerSink.runs(onset, onset + RATE * 33 / 10);
        System.out.println("callback cadence (ms, sound and silence in turn): " + runs);
        assertTrue(heard - onset < RATE * 4 / 10, "the first burst holds 400+450 Hz");
        assertCadence(List.of(400L, 200L, 400L, 2000L), runs);

        configured.deliver(Contacts.event(MISSED, callback));
        long missed = ringerSink.position();
        ringerSink.awaitPosition(missed, RATE / 2, HEAR);
        assertEquals(-1, ringerSink.firstLoud(missed + RATE / 10), "silent after MISSED");
    }

    private static void assertCadence(List<Long> expected, List<Long> runs) {
        assertTrue(runs.size() >= expected.size(), "the cadence " + runs + " has at least " + expected.size() + " parts");
        for (int i = 0; i < expected.size(); i++) {
            long tolerance = 40;
            assertTrue(Math.abs(runs.get(i) - expected.get(i)) <= tolerance,
                    "part " + i + " of " + runs + " lasts about " + expected.get(i) + " ms");
        }
    }

    @Test
    void aCallTheAgentAcceptsAutomaticallyBeepsOnce() throws Exception {
        RingerComponent ringer = ringerOn("ringer", Map.of());
        assertBeepsOnce(ringer, Contacts.event(CONNECTING, Contacts.call("auto-1", ContactState.CONNECTING, true)));
        // the agent's configuration says so, the call's media info does not
        assertBeepsOnce(ringer, Contacts.event(CONNECTING, Contacts.call("auto-2", ContactState.CONNECTING, false), true));
    }

    private void assertBeepsOnce(RingerComponent ringer, ContactEvent offer) {
        long mark = ringerSink.position();
        configured.deliver(offer);
        configured.deliver(Contacts.event(CONNECTED, offer.contact().withState(ContactState.CONNECTED,
                offer.contact().stateSince())));
        ringerSink.awaitTones(mark, HEAR, 1000);
        long onset = ringerSink.firstLoud(mark);
        ringerSink.awaitPosition(onset, RATE * 3 / 2, HEAR);
        List<Long> runs = ringerSink.runs(onset, onset + RATE * 3 / 2);
        System.out.println("auto-accept beep (ms, sound and silence): " + runs);
        assertEquals(2, runs.size(), "one beep, then silence to the end: " + runs);
        assertTrue(Math.abs(runs.get(0) - 200) <= 40, "the beep lasts about 200 ms: " + runs);
        assertTrue(ringer.ringingContacts().isEmpty(), "nothing rings for it");
    }

    @Test
    void theAgentsOwnWavFilePlaysInsteadOfTheRing() throws Exception {
        Path file = folder.resolve("own-ring.wav");
        writeWav(file, 700, new AudioFormat(44_100, 16, 2, true, false));
        RingerComponent ringer = ringerOn("ringer", Map.of(RingerSettings.VOICE_RINGTONE_FILE, file.toString()));
        long mark = ringerSink.position();
        Contact call = Contacts.call("own-1", ContactState.CONNECTING, false);

        configured.deliver(Contacts.event(CONNECTING, call));
        ringerSink.awaitTones(mark, HEAR, 700);
        assertEquals("own-ring.wav", ringer.playing().orElseThrow());
        assertTrue(ringer.problem().isEmpty(), "no complaint: " + ringer.problem());

        configured.deliver(Contacts.event(ENDED, call));
        Wait.until("the file stops", () -> ringer.playing().isEmpty(), HEAR);
    }

    @Test
    void aFileThatIsNotSixteenBitPcmIsRefusedWithASentenceAndTheRingStays() throws Exception {
        Path file = folder.resolve("eight-bit.wav");
        writeWav(file, 700, new AudioFormat(AudioFormat.Encoding.PCM_UNSIGNED, 8000, 8, 1, 1, 8000, false));
        RingerComponent ringer = ringerOn("ringer", Map.of(RingerSettings.VOICE_RINGTONE_FILE, file.toString()));
        Wait.until("the agent is told", () -> !configured.sentences().isEmpty(), HEAR);
        String sentence = configured.sentences().get(0);
        System.out.println("refused file: " + sentence);
        assertTrue(sentence.contains("eight-bit.wav") && sentence.contains("16-bit PCM"), sentence);
        assertEquals(sentence, ringer.problem().orElseThrow());

        long mark = ringerSink.position();
        Contact call = Contacts.call("refused-1", ContactState.CONNECTING, false);
        configured.deliver(Contacts.event(CONNECTING, call));
        ringerSink.awaitTones(mark, HEAR, 440, 480);
        configured.deliver(Contacts.event(DESTROYED, call));
        Wait.until("the ring stops", () -> ringer.playing().isEmpty(), HEAR);
    }

    @Test
    void switchedOffItStaysSilent() throws Exception {
        RingerComponent ringer = ringerOn("ringer", Map.of(RingerSettings.ENABLED, false));
        long mark = ringerSink.position();
        configured.deliver(Contacts.event(CONNECTING, Contacts.call("off-1", ContactState.CONNECTING, false)));
        configured.deliver(Contacts.event(INCOMING, Contacts.callback("off-2", ContactState.INCOMING)));
        configured.deliver(Contacts.event(CONNECTING, Contacts.call("off-3", ContactState.CONNECTING, true)));
        ringerSink.awaitPosition(mark, RATE, HEAR);
        assertEquals(-1, ringerSink.firstLoud(mark), "nothing sounds");
        assertTrue(ringer.playing().isEmpty());
        assertTrue(server.sinkInputs().isEmpty(), "no stream was opened: " + server.sinkInputs());
    }

    @Test
    void severalOfferedContactsHaveOneRinger() throws Exception {
        RingerComponent ringer = ringerOn("ringer", Map.of());
        Contact first = Contacts.call("many-1", ContactState.CONNECTING, false);
        Contact second = Contacts.call("many-2", ContactState.CONNECTING, false);
        Contact callback = Contacts.callback("many-3", ContactState.INCOMING);
        long mark = ringerSink.position();
        configured.deliver(Contacts.event(CONNECTING, first));
        configured.deliver(Contacts.event(CONNECTING, second));
        configured.deliver(Contacts.event(INCOMING, callback));
        ringerSink.awaitTones(mark, HEAR, 400, 450); // the latest offer is heard
        assertEquals(Set.of("many-1", "many-2", "many-3"), ringer.ringingContacts());
        assertEquals(1, server.sinkInputs().size(), "one stream: " + server.sinkInputs());

        configured.deliver(Contacts.event(ENDED, callback));
        ringerSink.awaitTones(ringerSink.position(), HEAR, 440, 480); // the calls still ring
        ContactActionHook hook = (ContactActionHook) ringer;
        hook.after(new ContactAction.Reject("many-2"), Contacts.event(REFRESH, second).snapshot(), null);
        assertEquals(Set.of("many-1"), ringer.ringingContacts(), "a rejected call stops ringing");
        assertEquals("VOICE", ringer.playing().orElseThrow(), "the other call rings on");

        configured.deliver(Contacts.event(DESTROYED, first));
        Wait.until("the ring stops and its stream is gone", () -> ringer.playing().isEmpty()
                && server.sinkInputs().isEmpty(), HEAR, server::sinkInputs);
        System.out.printf("longest onContactEvent call: %.2f ms%n", configured.longestDeliveryMillis());
        assertTrue(configured.longestDeliveryMillis() < 200, "events never wait for audio");
    }

    @Test
    void anUnpluggedRingerDeviceIsToldOnceAndNothingPlaysElsewhere() throws Exception {
        RingerComponent ringer = ringerOn("usb_speakerphone", Map.of());
        long headsetMark = headsetSink.position();
        for (int i = 1; i <= 3; i++) {
            Contact call = Contacts.call("unplugged-" + i, ContactState.CONNECTING, false);
            configured.deliver(Contacts.event(CONNECTING, call));
            int tried = i;
            Wait.until("ring " + i + " was tried", () -> ringer.unplayedSounds() == tried, HEAR);
            configured.deliver(Contacts.event(ENDED, call));
        }
        Wait.until("the agent is told", () -> !configured.sentences().isEmpty(), HEAR);
        assertEquals(1, configured.sentences().size(), "told once: " + configured.sentences());
        System.out.println("unplugged ringer: " + configured.sentences().get(0));
        assertTrue(configured.sentences().get(0).contains("usb_speakerphone"));
        headsetSink.awaitPosition(headsetMark, RATE / 2, HEAR);
        assertEquals(-1, headsetSink.firstLoud(headsetMark), "nothing rang on the default device instead");
    }

    @Test
    void theDevicesAreListedByNameForTheSettings() throws Exception {
        RingerComponent ringer = ringerOn("", Map.of());
        List<OutputDevice> devices = ringer.devices();
        assertTrue(devices.contains(new OutputDevice("ringer", "Ringer")), devices.toString());
        assertTrue(devices.contains(new OutputDevice("headset", "Headset")), devices.toString());
        assertFalse(devices.isEmpty());
    }

    /** Two seconds of a sine at {@code hz}, in {@code format} (16-bit signed or 8-bit unsigned, any channels). */
    static void writeWav(Path file, double hz, AudioFormat format) throws IOException {
        int frames = (int) format.getSampleRate() * 2;
        int bytesPerSample = format.getSampleSizeInBits() / 8;
        byte[] pcm = new byte[frames * format.getFrameSize()];
        for (int frame = 0; frame < frames; frame++) {
            double value = 0.4 * Math.sin(2 * Math.PI * hz * frame / format.getSampleRate());
            for (int channel = 0; channel < format.getChannels(); channel++) {
                int at = (frame * format.getChannels() + channel) * bytesPerSample;
                if (bytesPerSample == 1) {
                    pcm[at] = (byte) (128 + Math.round(127 * value));
                } else {
                    short sample = (short) Math.round(Short.MAX_VALUE * value);
                    pcm[at] = (byte) sample;
                    pcm[at + 1] = (byte) (sample >> 8);
                }
            }
        }
        try (AudioInputStream audio = new AudioInputStream(new ByteArrayInputStream(pcm), format, frames)) {
            AudioSystem.write(audio, AudioFileFormat.Type.WAVE, file.toFile());
        }
    }
}
