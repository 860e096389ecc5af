package dev.callbench.ringtone.internal;

import java.time.Duration;

import org.osgi.service.component.annotations.Component;

/** Renders ringtones as 16-bit mono PCM, ready for an output device or a softphone audio source. */
@Component(service = RingtoneSynthesizer.class)
public final class RingtoneSynthesizer {

    private static final double AMPLITUDE = 0.4 * Short.MAX_VALUE;

    public short[] render(Ringtone tone, Duration length, int sampleRate) {
        short[] pcm = new short[(int) (length.toMillis() * sampleRate / 1000)];
        for (int i = 0; i < pcm.length; i++) {
            if (isSounding(tone, i * 1000L / sampleRate)) {
                pcm[i] = sample(tone, (double) i / sampleRate);
            }
        }
        return pcm;
    }

    /** True while the cadence is in one of its sound segments (even positions) at this time. */
    public boolean isSounding(Ringtone tone, long millis) {
        long inPeriod = millis % tone.period().toMillis();
        for (int segment = 0; segment < tone.cadence().size(); segment++) {
            inPeriod -= tone.cadence().get(segment).toMillis();
            if (inPeriod < 0) {
                return segment % 2 == 0;
            }
        }
        return false;
    }

    private static short sample(Ringtone tone, double seconds) {
        double mix = Math.sin(2 * Math.PI * tone.lowHz() * seconds) + Math.sin(2 * Math.PI * tone.highHz() * seconds);
        return (short) Math.round(AMPLITUDE * mix / 2);
    }
}
