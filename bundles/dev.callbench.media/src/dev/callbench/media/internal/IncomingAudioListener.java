package dev.callbench.media.internal;

/**
 * Receives the far end's audio, 10 ms at a time (see {@link PcmFormat}), on the peer's audio thread, never on one of
 * libwebrtc's. The frame is the listener's to keep.
 */
@FunctionalInterface
public interface IncomingAudioListener {

    void onAudio(short[] frame);
}
