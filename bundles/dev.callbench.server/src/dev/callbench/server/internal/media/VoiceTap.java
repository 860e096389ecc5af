package dev.callbench.server.internal.media;

import dev.callbench.media.internal.IncomingAudioListener;
import dev.callbench.media.internal.PcmSource;

/**
 * One agent's voice on its way into another leg of a bridge: the samples one peer receives, played by another peer's
 * pushing thread. Both run on their own clock, so at most {@link #CAPACITY} samples wait (the oldest go first) and a
 * tap that runs dry plays silence.
 */
final class VoiceTap implements IncomingAudioListener, PcmSource {

    /** 100 ms at 48 kHz: more would only add delay. */
    private static final int CAPACITY = 4_800;

    private final short[] ring = new short[CAPACITY];
    private int start;
    private int size;

    @Override
    public synchronized void onAudio(short[] frame) {
        for (short sample : frame) {
            if (size == CAPACITY) {
                start = (start + 1) % CAPACITY;
                size--;
            }
            ring[(start + size) % CAPACITY] = sample;
            size++;
        }
    }

    @Override
    public synchronized void fill(short[] frame) {
        for (int i = 0; i < frame.length; i++) {
            if (size == 0) {
                frame[i] = 0;
            } else {
                frame[i] = ring[start];
                start = (start + 1) % CAPACITY;
                size--;
            }
        }
    }
}
