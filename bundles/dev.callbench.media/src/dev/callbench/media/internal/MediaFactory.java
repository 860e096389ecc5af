package dev.callbench.media.internal;

import dev.onvoid.webrtc.PeerConnectionFactory;
import dev.onvoid.webrtc.media.audio.AudioDeviceModule;
import dev.onvoid.webrtc.media.audio.AudioDeviceModuleBase;
import dev.onvoid.webrtc.media.audio.AudioLayer;
import dev.onvoid.webrtc.media.audio.HeadlessAudioDeviceModule;

/**
 * One WebRTC peer connection factory with its own audio device: headless, or the system's. A call gets a factory of
 * its own: two calls on one factory crash libwebrtc 0.14.0 and bleed audio into each other.
 */
public final class MediaFactory implements AutoCloseable {

    private final AudioDeviceModuleBase audioDevice;
    private final PeerConnectionFactory peerConnections;
    private boolean closed;

    private MediaFactory(AudioDeviceModuleBase audioDevice, PeerConnectionFactory peerConnections) {
        this.audioDevice = audioDevice;
        this.peerConnections = peerConnections;
    }

    /** A new factory and headless audio device; the first one loads the native library. */
    public static MediaFactory open() {
        return with(new HeadlessAudioDeviceModule());
    }

    /**
     * A new factory on {@code devices}. The system's devices are PulseAudio's on Linux (the module connects to
     * {@code $PULSE_SERVER} at once), the platform's default layer elsewhere.
     *
     * @throws MediaFailureException {@link MediaFailure#MICROPHONE_FAILURE} when the system's audio cannot be opened
     *         (no PulseAudio: webrtc-java throws an {@link Error}, and does not fall back to ALSA)
     */
    public static MediaFactory open(AudioDevices devices) throws MediaFailureException {
        if (devices == AudioDevices.HEADLESS) {
            return open();
        }
        AudioDeviceModuleBase module;
        try {
            module = new AudioDeviceModule(systemLayer());
        } catch (Error | RuntimeException e) {
            throw new MediaFailureException(MediaFailure.MICROPHONE_FAILURE,
                    "the system's audio devices could not be opened (" + e.getMessage() + ")");
        }
        return with(module);
    }

    private static AudioLayer systemLayer() {
        return System.getProperty("os.name", "").toLowerCase(java.util.Locale.ROOT).contains("linux")
                ? AudioLayer.kLinuxPulseAudio : AudioLayer.kPlatformDefaultAudio;
    }

    private static MediaFactory with(AudioDeviceModuleBase audioDevice) {
        try {
            return new MediaFactory(audioDevice, new PeerConnectionFactory(audioDevice));
        } catch (RuntimeException | Error e) {
            audioDevice.dispose(); // its native threads would otherwise outlive the failed factory
            throw e;
        }
    }

    public AudioDeviceModuleBase audioDevice() {
        return audioDevice;
    }

    public PeerConnectionFactory peerConnections() {
        return peerConnections;
    }

    /** Disposes the factory before its audio device, once: disposing twice crashes the native side. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        peerConnections.dispose();
        audioDevice.dispose();
    }
}
