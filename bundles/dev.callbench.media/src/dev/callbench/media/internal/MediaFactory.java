package dev.callbench.media.internal;

import dev.onvoid.webrtc.PeerConnectionFactory;
import dev.onvoid.webrtc.media.audio.HeadlessAudioDeviceModule;

/**
 * One WebRTC peer connection factory with its own headless audio device. A call gets a factory of its own:
 * two calls on one factory crash libwebrtc 0.14.0 and bleed audio into each other.
 */
public final class MediaFactory implements AutoCloseable {

    private final HeadlessAudioDeviceModule audioDevice;
    private final PeerConnectionFactory peerConnections;
    private boolean closed;

    private MediaFactory(HeadlessAudioDeviceModule audioDevice, PeerConnectionFactory peerConnections) {
        this.audioDevice = audioDevice;
        this.peerConnections = peerConnections;
    }

    /** A new factory and audio device; the first one loads the native library. */
    public static MediaFactory open() {
        HeadlessAudioDeviceModule audioDevice = new HeadlessAudioDeviceModule();
        try {
            return new MediaFactory(audioDevice, new PeerConnectionFactory(audioDevice));
        } catch (RuntimeException | Error e) {
            audioDevice.dispose(); // its native threads would otherwise outlive the failed factory
            throw e;
        }
    }

    public HeadlessAudioDeviceModule audioDevice() {
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
