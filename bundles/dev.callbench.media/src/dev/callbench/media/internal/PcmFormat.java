package dev.callbench.media.internal;

/**
 * The one audio format of this bundle, both ways: 16-bit signed mono PCM at 48 kHz in frames of 10 ms, the frame
 * libwebrtc sends and receives (Opus at 48 kHz, 20 ms packets of two frames).
 */
public final class PcmFormat {

    public static final int SAMPLE_RATE = 48_000;
    public static final int FRAME_MILLIS = 10;
    public static final int FRAME_SAMPLES = SAMPLE_RATE / 1000 * FRAME_MILLIS;
    public static final int BITS_PER_SAMPLE = 16;

    private PcmFormat() {
    }

    /** A new frame of silence. */
    public static short[] newFrame() {
        return new short[FRAME_SAMPLES];
    }

    /** The frame as little-endian bytes, as {@code CustomAudioSource.pushAudio} and PulseAudio's s16le take it. */
    public static void toLittleEndian(short[] frame, byte[] into) {
        for (int i = 0; i < frame.length; i++) {
            into[2 * i] = (byte) frame[i];
            into[2 * i + 1] = (byte) (frame[i] >> 8);
        }
    }

    /** A sample clipped to the 16-bit range, for sums and gains that can overflow it. */
    static short clip(double sample) {
        return (short) Math.max(Short.MIN_VALUE, Math.min(Short.MAX_VALUE, Math.round(sample)));
    }

    /** The RMS level of {@code samples} in dB relative to full scale; {@code -Infinity} for digital silence. */
    public static double levelDbfs(short[] samples, int offset, int length) {
        double energy = 0;
        for (int i = offset; i < offset + length; i++) {
            energy += (double) samples[i] * samples[i];
        }
        double rms = Math.sqrt(energy / Math.max(1, length));
        return 20 * Math.log10(rms / Short.MAX_VALUE);
    }
}
