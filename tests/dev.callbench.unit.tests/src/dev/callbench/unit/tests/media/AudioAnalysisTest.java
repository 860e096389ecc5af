package dev.callbench.unit.tests.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.callbench.media.internal.DtmfDetector;
import dev.callbench.media.internal.DtmfToneSource;
import dev.callbench.media.internal.MeanOpinionScore;
import dev.callbench.media.internal.MixingSource;
import dev.callbench.media.internal.PcmFormat;
import dev.callbench.media.internal.PcmSource;
import dev.callbench.media.internal.SwitchableSource;
import dev.callbench.media.internal.ToneDetector;
import dev.callbench.media.internal.ToneReading;
import dev.callbench.media.internal.ToneSource;
import dev.callbench.media.internal.WavFileSource;
import dev.callbench.tests.support.WavFiles;

/** Sources and detectors on their own, without a call. */
class AudioAnalysisTest {

    @Test
    void theToneDetectorTellsTonesAndSilenceApart() {
        assertEquals(440.0, listen(new ToneSource(440, 0.3), 200).tone().orElseThrow());
        assertEquals(1000.0, listen(new ToneSource(1000, 0.01), 200).tone().orElseThrow(), "a quiet tone too");
        assertTrue(listen(PcmSource.silence(), 200).silent());
        ToneReading both = listen(new MixingSource(new ToneSource(440, 0.3), new ToneSource(1000, 0.3)), 200);
        assertTrue(both.tone().isEmpty(), () -> "two tones at once are neither: " + both);
        ToneReading noise = listen(noise(0.3), 200);
        assertTrue(noise.tone().isEmpty() && !noise.silent(), () -> "noise is neither tone nor silence: " + noise);
    }

    @Test
    void aSwitchableSourcePlaysWhatItWasLastSwitchedTo() {
        SwitchableSource line = new SwitchableSource(PcmSource.silence());
        assertTrue(listen(line, 200).silent());
        line.switchTo(new ToneSource(1000, 0.3));
        assertTrue(listen(line, 200).hears(1000));
    }

    @Test
    void dtmfKeysAreHeardInOrderOnceEach() {
        DtmfDetector detector = new DtmfDetector();
        play(new DtmfToneSource("0123456789*#ABCD", 40, 40), 1400, detector);
        assertEquals("0123456789*#ABCD", detector.digits());
    }

    @Test
    void aDropOutInsideADigitIsNoSecondPressButAPauseIs() {
        DtmfDetector dropOut = new DtmfDetector();
        play(new DtmfToneSource("11", 100, 40), 400, dropOut);
        assertEquals("1", dropOut.digits());
        DtmfDetector pause = new DtmfDetector();
        play(new DtmfToneSource("11", 100, 60), 400, pause);
        assertEquals("11", pause.digits());
    }

    @Test
    void noDtmfIsHeardInTonesNoiseOrSilence() {
        DtmfDetector detector = new DtmfDetector();
        play(new MixingSource(new ToneSource(440, 0.3), new ToneSource(1000, 0.3)), 500, detector);
        play(noise(0.3), 500, detector);
        play(PcmSource.silence(), 500, detector);
        play(new ToneSource(697, 0.3), 500, detector); // one of a key's two tones alone is no key
        assertEquals("", detector.digits());
    }

    @Test
    void aWavFileAtAnotherRateAndInStereoIsResampledTo48kHzMono(@TempDir Path folder) throws IOException {
        Path file = WavFiles.tone(folder.resolve("tone.wav"), 8000, 2, 1000, Duration.ofSeconds(1));
        WavFileSource recording = WavFileSource.open(file, false);
        assertEquals(PcmFormat.SAMPLE_RATE, recording.length());
        assertTrue(listen(recording, 500).hears(1000));
        listen(recording, 600);
        assertTrue(recording.finished());
        assertTrue(listen(recording, 200).silent(), "silence after the end");
    }

    @Test
    void aWavFileThatIsNot16BitPcmIsRefusedSayingSo(@TempDir Path folder) throws IOException {
        Path file = WavFiles.tone(folder.resolve("tone.wav"), 48_000, 1, 1000, Duration.ofMillis(100));
        byte[] eightBit = Files.readAllBytes(file);
        eightBit[34] = 8;
        Files.write(file, eightBit);
        IOException refused = assertThrows(IOException.class, () -> WavFileSource.open(file, true));
        assertTrue(refused.getMessage().contains("16-bit PCM"), refused::getMessage);
        Path text = Files.writeString(folder.resolve("text.wav"), "no audio here");
        assertThrows(IOException.class, () -> WavFileSource.open(text, true));
    }

    @Test
    void theMeanOpinionScoreFallsWithDelayJitterAndLoss() {
        double perfect = MeanOpinionScore.estimate(0, 0, 0);
        assertTrue(perfect > 4.3 && perfect <= 4.5, () -> "best is about 4.4: " + perfect);
        assertTrue(MeanOpinionScore.estimate(400, 0, 0) < perfect);
        assertTrue(MeanOpinionScore.estimate(0, 60, 0) < perfect);
        double lossy = MeanOpinionScore.estimate(100, 20, 0.10);
        assertTrue(lossy < 3.6, () -> "10% loss is a poor line: " + lossy);
        assertEquals(1, MeanOpinionScore.estimate(2000, 500, 0.5));
        assertEquals(perfect, MeanOpinionScore.estimate(Double.NaN, Double.NaN, 0), "unknown counts as none");
    }

    @Test
    void mixingClipsInsteadOfWrappingAround() {
        short[] frame = PcmFormat.newFrame();
        PcmSource loud = f -> java.util.Arrays.fill(f, (short) 30_000);
        new MixingSource(loud, loud).fill(frame);
        assertEquals(Short.MAX_VALUE, frame[0]);
        assertFalse(frame[PcmFormat.FRAME_SAMPLES - 1] < 0);
    }

    private static ToneReading listen(PcmSource source, int millis) {
        ToneDetector detector = new ToneDetector(100, 440, 1000);
        play(source, millis, detector);
        return detector.reading();
    }

    private static void play(PcmSource source, int millis, dev.callbench.media.internal.IncomingAudioListener to) {
        for (int i = 0; i < millis / PcmFormat.FRAME_MILLIS; i++) {
            short[] frame = PcmFormat.newFrame();
            source.fill(frame);
            to.onAudio(frame);
        }
    }

    private static PcmSource noise(double level) {
        Random random = new Random(7);
        return frame -> {
            for (int i = 0; i < frame.length; i++) {
                frame[i] = (short) (random.nextGaussian() * level * Short.MAX_VALUE / 3);
            }
        };
    }
}
