package dev.callbench.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.callbench.media.internal.AudioPeer;
import dev.callbench.media.internal.AudioPeerConfig;
import dev.callbench.media.internal.CallStatistics;
import dev.callbench.media.internal.DtmfDetector;
import dev.callbench.media.internal.DtmfToneSource;
import dev.callbench.media.internal.Milestone;
import dev.callbench.media.internal.PcmSource;
import dev.callbench.media.internal.SessionTimeline;
import dev.callbench.media.internal.ToneDetector;
import dev.callbench.media.internal.ToneSource;
import dev.callbench.media.internal.WavFileSource;
import dev.callbench.tests.support.Coturn;
import dev.callbench.tests.support.Wait;
import dev.callbench.tests.support.WavFiles;
import dev.onvoid.webrtc.RTCIceConnectionState;

/** Two peers in one JVM, one factory each, relay-only through coturn on 127.0.0.1: real media both ways. */
class TwoPartyAudioTest {

    private static final double OFFERER_TONE = 440;
    private static final double ANSWERER_TONE = 1000;
    private static final double HOLD_MUSIC_TONE = 700;
    private static final Duration HEARD_WITHIN = Duration.ofSeconds(5);

    @RegisterExtension
    static final Coturn TURN = new Coturn();

    private AudioPeer offerer;
    private AudioPeer answerer;
    private final ToneDetector offererHears = detector();
    private final ToneDetector answererHears = detector();
    private final List<RTCIceConnectionState> offererIceStates = new CopyOnWriteArrayList<>();

    @BeforeEach
    void call() throws Exception {
        offerer = AudioPeer.open(new AudioPeerConfig("agent", List.of(Relay.of(TURN.server()))));
        answerer = AudioPeer.open(new AudioPeerConfig("caller", List.of(Relay.of(TURN.server()))));
        offerer.addIceStateListener(offererIceStates::add);
        offerer.addAudioListener(offererHears);
        answerer.addAudioListener(answererHears);
        offerer.play(new ToneSource(OFFERER_TONE, 0.3));
        answerer.play(new ToneSource(ANSWERER_TONE, 0.3));
        Calls.connect(offerer, answerer);
    }

    @AfterEach
    void hangUp() {
        if (offerer != null) {
            offerer.close();
        }
        if (answerer != null) {
            answerer.close();
        }
    }

    @Test
    void eachSideHearsTheOthersToneAndNotItsOwn() {
        hears(answererHears, OFFERER_TONE, "the answerer hears the offerer's 440 Hz");
        hears(offererHears, ANSWERER_TONE, "the offerer hears the answerer's 1000 Hz");

        assertTrue(offererIceStates.contains(RTCIceConnectionState.CHECKING), offererIceStates::toString);
        assertTrue(offererIceStates.contains(RTCIceConnectionState.CONNECTED), offererIceStates::toString);
        System.out.println(Calls.figures(offerer));
        System.out.println(Calls.figures(answerer));
    }

    @Test
    void timelineHasEveryMilestoneInTheOrderOfTheCall() {
        hears(offererHears, ANSWERER_TONE, "the offerer hears the answerer");
        SessionTimeline timeline = offerer.timeline();
        List<Milestone> order = List.of(Milestone.OFFER_CREATED, Milestone.LOCAL_DESCRIPTION_SET,
                Milestone.ICE_GATHERING_COMPLETE, Milestone.REMOTE_DESCRIPTION_APPLIED, Milestone.ICE_CONNECTED,
                Milestone.FIRST_AUDIO_RECEIVED);
        for (int i = 1; i < order.size(); i++) {
            Duration step = timeline.between(order.get(i - 1), order.get(i)).orElseThrow(
                    () -> new AssertionError("a milestone is missing: " + timeline));
            assertTrue(!step.isNegative(), () -> "milestones out of order: " + timeline);
        }
        assertTrue(answerer.timeline().at(Milestone.OFFER_CREATED).isEmpty(), "the answerer created no offer");
    }

    @Test
    void mutingGivesSilenceAtTheFarEndAndUnmutingTheToneAgain() {
        hears(answererHears, OFFERER_TONE, "the answerer hears the offerer before the mute");

        long muted = System.nanoTime();
        offerer.setMuted(true);
        Wait.until("the answerer hears silence once the offerer is muted", () -> answererHears.reading().silent(),
                HEARD_WITHIN, answererHears::reading);
        System.out.printf("mute to silence at the far end: %.0f ms%n", (System.nanoTime() - muted) / 1e6);
        hears(offererHears, ANSWERER_TONE, "the muted offerer still hears the answerer");

        offerer.setMuted(false);
        hears(answererHears, OFFERER_TONE, "the answerer hears the offerer again after unmuting");
    }

    @Test
    void theAnswerersSideGoesFromSilenceToARecordingToHoldMusicWithoutRenegotiation(@TempDir Path folder)
            throws Exception {
        hears(offererHears, ANSWERER_TONE, "the offerer hears the answerer's first tone");

        answerer.play(PcmSource.silence());
        Wait.until("the offerer hears silence", () -> offererHears.reading().silent(), HEARD_WITHIN,
                offererHears::reading);

        Path recording = WavFiles.tone(folder.resolve("greeting.wav"), 16_000, 2, OFFERER_TONE, Duration.ofSeconds(3));
        answerer.play(WavFileSource.open(recording, true));
        hears(offererHears, OFFERER_TONE, "the offerer hears the 16 kHz stereo recording, resampled");

        answerer.play(new ToneSource(HOLD_MUSIC_TONE, 0.3));
        hears(offererHears, HOLD_MUSIC_TONE, "the offerer hears the hold music");
    }

    @Test
    void statisticsCountPacketsBothWaysAndScoreALoopbackCallWell() {
        hears(offererHears, ANSWERER_TONE, "the offerer hears the answerer");
        CallStatistics stats = Wait.forValue("the offerer's statistics show packets both ways and a round trip",
                () -> java.util.Optional.of(statistics(offerer))
                        .filter(s -> s.packetsSent() > 50 && s.packetsReceived() > 50 && !Double.isNaN(s.roundTripMillis())),
                Duration.ofSeconds(10));
        System.out.println("offerer statistics: " + stats + ", MOS " + stats.meanOpinionScore());
        assertTrue(stats.jitterMillis() >= 0 && stats.jitterMillis() < 100, stats::toString);
        assertTrue(stats.inboundAudioLevel() > 0.05, () -> "a 1000 Hz tone at -10 dBFS is heard: " + stats);
        assertTrue(stats.meanOpinionScore() > 4.0, () -> "a loopback call scores well: " + stats);
    }

    @Test
    void dtmfSentAsTelephoneEventsIsHeardAtTheFarEnd() throws Exception {
        hears(answererHears, OFFERER_TONE, "the answerer hears the offerer");
        offerer.play(PcmSource.silence());
        // the tone still on its way (jitter buffer, a loaded machine) would drown the first digit
        Wait.until("the answerer hears the offerer fall silent", () -> answererHears.reading().silent(),
                HEARD_WITHIN, answererHears::reading);
        DtmfDetector digits = new DtmfDetector();
        answerer.addAudioListener(digits);

        assertTrue(Calls.await(offerer.sendDtmf("159#")), "the offerer's sender can send DTMF");
        Wait.until("the answerer hears the digits 159#", () -> digits.digits().equals("159#"), HEARD_WITHIN,
                digits::digits);
    }

    @Test
    void dtmfPlayedInBandIsHeardAtTheFarEnd() {
        hears(offererHears, ANSWERER_TONE, "the offerer hears the answerer");
        DtmfDetector digits = new DtmfDetector();
        offerer.addAudioListener(digits);

        answerer.play(new DtmfToneSource("0*7D", 80, 60));
        Wait.until("the offerer hears the caller's keys 0*7D", () -> digits.digits().equals("0*7D"), HEARD_WITHIN,
                digits::digits);
        assertEquals("0*7D", digits.digits());
    }

    private static CallStatistics statistics(AudioPeer peer) {
        try {
            return Calls.await(peer.statistics());
        } catch (Exception e) {
            throw new AssertionError("statistics failed", e);
        }
    }

    private static void hears(ToneDetector detector, double frequency, String what) {
        Wait.until(what, () -> detector.reading().hears(frequency), HEARD_WITHIN, detector::reading);
    }

    private static ToneDetector detector() {
        return new ToneDetector(100, OFFERER_TONE, ANSWERER_TONE, HOLD_MUSIC_TONE);
    }
}
