package dev.callbench.ringtone.internal;

import java.util.Objects;

/**
 * Something the ringer plays: 16-bit mono PCM at {@link #SAMPLE_RATE}, over and over (a ring) or once (a beep).
 *
 * @param name what it is, for the log and the settings screen: {@code VOICE}, a file's name
 * @param samples one period of it
 * @param loops whether it starts again at its end
 */
public record Sound(String name, short[] samples, boolean loops) {

    /** The rate of every sound the ringer plays, in Hz. */
    public static final int SAMPLE_RATE = 48_000;

    public Sound {
        Objects.requireNonNull(name, "name");
        if (samples.length == 0) {
            throw new IllegalArgumentException("a sound needs samples: " + name);
        }
    }

    /** Copies the samples from {@code position} on into {@code frame}; returns how many there were (fewer at the end of a sound that plays once). */
    int fill(short[] frame, long position) {
        int filled = 0;
        while (filled < frame.length) {
            long at = loops ? position % samples.length : position;
            if (at >= samples.length) {
                break;
            }
            int n = (int) Math.min(frame.length - filled, samples.length - at);
            System.arraycopy(samples, (int) at, frame, filled, n);
            filled += n;
            position += n;
        }
        return filled;
    }

    // identity, not content: the ringer asks "is this the sound already playing?"
    @Override
    public boolean equals(Object other) {
        return this == other;
    }

    @Override
    public int hashCode() {
        return System.identityHashCode(this);
    }

    @Override
    public String toString() {
        return name + (loops ? " (ring)" : " (once)");
    }
}
