package dev.callbench.media.internal;

/** How a peer captures and plays its audio. */
public enum AudioDevices {
    /**
     * No device: what it sends is pushed from a {@link PcmSource}, what it receives reaches only its listeners. For
     * servers and tests (the local contact center's media endpoint).
     */
    HEADLESS,
    /**
     * The system's microphone and speaker (PulseAudio on Linux): the module records and plays out by itself; which
     * device is chosen outside webrtc-java (its device selection does nothing on PulseAudio).
     */
    SYSTEM
}
