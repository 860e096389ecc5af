package dev.callbench.media.internal;

import dev.onvoid.webrtc.PeerConnectionObserver;
import dev.onvoid.webrtc.RTCIceCandidate;
import dev.onvoid.webrtc.RTCIceConnectionState;
import dev.onvoid.webrtc.RTCIceGatheringState;
import dev.onvoid.webrtc.RTCPeerConnectionIceErrorEvent;
import dev.onvoid.webrtc.RTCPeerConnectionState;
import dev.onvoid.webrtc.RTCRtpTransceiver;
import dev.onvoid.webrtc.media.MediaStreamTrack;
import dev.onvoid.webrtc.media.audio.AudioTrack;

/**
 * Called by libwebrtc on its signaling thread: reads what the event carries there and hands it to the peer's control
 * thread, nothing more.
 */
final class PeerObserver implements PeerConnectionObserver {

    private final Observers.ControlThread control;
    private final AudioPeer peer;

    PeerObserver(Observers.ControlThread control, AudioPeer peer) {
        this.control = control;
        this.peer = peer;
    }

    @Override
    public void onIceCandidate(RTCIceCandidate candidate) {
        control.run(() -> peer.onLocalCandidate(candidate));
    }

    @Override
    public void onIceCandidateError(RTCPeerConnectionIceErrorEvent event) {
        int code = event.getErrorCode();
        String text = event.getErrorText();
        String url = event.getUrl();
        control.run(() -> peer.onCandidateError(code, text, url));
    }

    @Override
    public void onIceGatheringChange(RTCIceGatheringState state) {
        if (state == RTCIceGatheringState.COMPLETE) {
            control.run(peer::onGatheringComplete);
        }
    }

    @Override
    public void onIceConnectionChange(RTCIceConnectionState state) {
        control.run(() -> peer.onIceConnectionState(state));
    }

    @Override
    public void onConnectionChange(RTCPeerConnectionState state) {
        if (state == RTCPeerConnectionState.CONNECTED) {
            control.run(peer::onConnected);
        }
    }

    @Override
    public void onTrack(RTCRtpTransceiver transceiver) {
        MediaStreamTrack track = transceiver.getReceiver().getTrack();
        if (track instanceof AudioTrack audio) {
            control.run(() -> peer.onRemoteTrack(audio));
        }
    }
}
