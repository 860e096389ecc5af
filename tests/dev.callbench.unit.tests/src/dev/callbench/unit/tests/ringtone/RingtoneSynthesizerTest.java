package dev.callbench.unit.tests.ringtone;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;

import org.junit.jupiter.api.Test;

import dev.callbench.ringtone.internal.Ringtone;
import dev.callbench.ringtone.internal.RingtoneSynthesizer;

/** A ringtone sounds its two frequencies while it rings and is silent in its pauses. */
class RingtoneSynthesizerTest {

    private static final int RATE = 16_000;

    @Test
    void voiceRingHasBothFrequenciesThenSilence() {
        RingtoneSynthesizer synthesizer = new RingtoneSynthesizer();
        short[] pcm = synthesizer.render(Ringtone.VOICE, Duration.ofSeconds(6), RATE);

        short[] ringing = slice(pcm, 500, 1500);
        assertTrue(power(ringing, 440) > 100 * power(ringing, 1000), "440 Hz missing while ringing");
        assertTrue(power(ringing, 480) > 100 * power(ringing, 1000), "480 Hz missing while ringing");
        short[] pause = slice(pcm, 3000, 5000);
        assertTrue(power(pause, 440) + power(pause, 480) < 1e-6, "the pause is not silent");
    }

    @Test
    void callbackRingsTwicePerPeriod() {
        RingtoneSynthesizer synthesizer = new RingtoneSynthesizer();
        assertTrue(synthesizer.isSounding(Ringtone.QUEUE_CALLBACK, 100));
        assertFalse(synthesizer.isSounding(Ringtone.QUEUE_CALLBACK, 500));
        assertTrue(synthesizer.isSounding(Ringtone.QUEUE_CALLBACK, 700));
        assertFalse(synthesizer.isSounding(Ringtone.QUEUE_CALLBACK, 1500));
        assertTrue(synthesizer.isSounding(Ringtone.QUEUE_CALLBACK, 3000 + 100));
    }

    private static short[] slice(short[] pcm, int fromMillis, int toMillis) {
        return Arrays.copyOfRange(pcm, fromMillis * RATE / 1000, toMillis * RATE / 1000);
    }

    /** Goertzel: the normalised power of one frequency in a block of samples. */
    private static double power(short[] samples, double hz) {
        double coefficient = 2 * Math.cos(2 * Math.PI * hz / RATE);
        double previous = 0;
        double beforePrevious = 0;
        for (short sample : samples) {
            double current = sample / 32768.0 + coefficient * previous - beforePrevious;
            beforePrevious = previous;
            previous = current;
        }
        double power = previous * previous + beforePrevious * beforePrevious - coefficient * previous * beforePrevious;
        return power / samples.length / samples.length;
    }
}
