package dev.callbench.media.internal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Tells which of a few tones, or silence, the far end sends: Goertzel over the last window of received audio. Add it
 * to a peer's incoming audio and read {@link #reading()} from any thread.
 */
public final class ToneDetector implements IncomingAudioListener {

    private final double[] frequencies;
    private final short[] window;
    private int filled;
    private int next;

    /**
     * @param windowMillis how much audio each reading covers; 100 ms resolves tones 10 Hz apart
     * @param frequencies the tones to tell apart, in Hz
     */
    public ToneDetector(int windowMillis, double... frequencies) {
        if (frequencies.length == 0) {
            throw new IllegalArgumentException("A tone detector needs at least one frequency to listen for");
        }
        this.frequencies = frequencies.clone();
        this.window = new short[PcmFormat.SAMPLE_RATE / 1000 * windowMillis];
    }

    @Override
    public synchronized void onAudio(short[] frame) {
        for (short sample : frame) {
            window[next] = sample;
            next = (next + 1) % window.length;
        }
        filled = Math.min(window.length, filled + frame.length);
    }

    /** The last window; silence until a whole window has arrived. */
    public ToneReading reading() {
        short[] samples = new short[window.length];
        synchronized (this) {
            if (filled < window.length) {
                return new ToneReading(Double.NEGATIVE_INFINITY, Map.of());
            }
            System.arraycopy(window, next, samples, 0, window.length - next);
            System.arraycopy(window, 0, samples, window.length - next, next);
        }
        Map<Double, Double> shares = new LinkedHashMap<>();
        for (double frequency : frequencies) {
            shares.put(frequency, Goertzel.share(samples, 0, samples.length, frequency, PcmFormat.SAMPLE_RATE));
        }
        return new ToneReading(PcmFormat.levelDbfs(samples, 0, samples.length), shares);
    }
}
