package dev.callbench.media.internal;

/**
 * Outgoing audio: the peer's pushing thread asks it for the next 10 ms every 10 ms (see {@link PcmFormat}). Called on
 * that one thread only; it must return quickly and never block.
 */
@FunctionalInterface
public interface PcmSource {

    /** Writes the next {@link PcmFormat#FRAME_SAMPLES} samples into {@code frame}, which holds the last ones given. */
    void fill(short[] frame);

    /** Digital silence. */
    static PcmSource silence() {
        return frame -> java.util.Arrays.fill(frame, (short) 0);
    }
}
