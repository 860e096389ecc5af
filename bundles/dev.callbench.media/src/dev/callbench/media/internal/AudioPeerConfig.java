package dev.callbench.media.internal;

import java.time.Duration;
import java.util.List;

/**
 * How a peer connects: the ICE servers of the call (relay only: media never leaves through a host or reflexive
 * candidate) and how long gathering may take, connect-rtc-js' 8 s unless told otherwise.
 *
 * @param name for thread names and log lines ("agent", "caller-17")
 * @param audio headless (pushed from a {@link PcmSource}, as servers and tests do) or the system's devices
 */
public record AudioPeerConfig(String name, List<IceServer> iceServers, Duration iceCollectionTimeout,
        AudioDevices audio) {

    public static final Duration DEFAULT_ICE_COLLECTION_TIMEOUT = Duration.ofSeconds(8);

    public AudioPeerConfig {
        iceServers = List.copyOf(iceServers);
        if (audio == null) {
            audio = AudioDevices.HEADLESS;
        }
        if (iceServers.isEmpty()) {
            throw new IllegalArgumentException("Relay-only media needs at least one TURN server");
        }
        if (iceCollectionTimeout.isNegative() || iceCollectionTimeout.isZero()) {
            throw new IllegalArgumentException("The ICE collection timeout must be positive, not " + iceCollectionTimeout);
        }
    }

    /** A headless peer. */
    public AudioPeerConfig(String name, List<IceServer> iceServers, Duration iceCollectionTimeout) {
        this(name, iceServers, iceCollectionTimeout, AudioDevices.HEADLESS);
    }

    /** A headless peer with connect-rtc-js' ICE collection timeout. */
    public AudioPeerConfig(String name, List<IceServer> iceServers) {
        this(name, iceServers, DEFAULT_ICE_COLLECTION_TIMEOUT);
    }

    public AudioPeerConfig withIceCollectionTimeout(Duration timeout) {
        return new AudioPeerConfig(name, iceServers, timeout, audio);
    }

    /** The same peer relaying through other servers (an ICE restart's fresh credentials). */
    public AudioPeerConfig withIceServers(List<IceServer> servers) {
        return new AudioPeerConfig(name, servers, iceCollectionTimeout, audio);
    }

    public AudioPeerConfig withAudio(AudioDevices devices) {
        return new AudioPeerConfig(name, iceServers, iceCollectionTimeout, devices);
    }
}
