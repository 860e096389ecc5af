package dev.callbench.media.internal;

/**
 * The Goertzel algorithm: the power of one frequency in a block of samples, as one bin of a DFT costs, without the
 * rest of the transform. Tone and DTMF detection need a handful of frequencies, not a spectrum.
 */
public final class Goertzel {

    private Goertzel() {
    }

    /**
     * The share of the block's energy that lies at {@code frequency}: about 1 for a pure tone of that frequency (when
     * the block holds a whole number of its periods, less by leakage otherwise), about 0 for silence or other tones.
     */
    public static double share(short[] samples, int offset, int length, double frequency, int sampleRate) {
        double energy = 0;
        for (int i = offset; i < offset + length; i++) {
            energy += (double) samples[i] * samples[i];
        }
        if (energy == 0) {
            return 0;
        }
        // a sine of amplitude A gives |X|^2 = (A N / 2)^2 and an energy of A^2 N / 2: the ratio below is 1 for it
        return 2 * power(samples, offset, length, frequency, sampleRate) / (length * energy);
    }

    /** |X(f)|^2 of the block, unnormalised. */
    public static double power(short[] samples, int offset, int length, double frequency, int sampleRate) {
        double coefficient = 2 * Math.cos(2 * Math.PI * frequency / sampleRate);
        double s1 = 0;
        double s2 = 0;
        for (int i = offset; i < offset + length; i++) {
            double s0 = samples[i] + coefficient * s1 - s2;
            s2 = s1;
            s1 = s0;
        }
        return s1 * s1 + s2 * s2 - coefficient * s1 * s2;
    }
}
