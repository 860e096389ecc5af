package dev.callbench.media.internal;

/**
 * One ICE candidate as the signaling protocol carries it ({@code RTCIceCandidate.toJSON()}: {@code candidate},
 * {@code sdpMid}, {@code sdpMLineIndex}).
 */
public record IceCandidate(String candidate, String sdpMid, int sdpMLineIndex) {

    public boolean relay() {
        return candidate != null && candidate.contains(" typ relay");
    }
}
