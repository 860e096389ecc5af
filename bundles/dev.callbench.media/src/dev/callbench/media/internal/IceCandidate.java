package dev.callbench.media.internal;

/**
 * One ICE candidate as the signaling protocol carries it ({@code RTCIceCandidate.toJSON()}: {@code candidate},
 * {@code sdpMid}, {@code sdpMLineIndex}).
 */
public record IceCandidate(String candidate, String sdpMid, int sdpMLineIndex) {

    public boolean relay() {
        return candidate != null && candidate.contains(" typ relay");
    }

    /** For RTP (component 1), not RTCP: {@code candidate:<foundation> <component> ...}. */
    public boolean rtp() {
        String[] fields = candidate == null ? new String[0] : candidate.split(" ", 3);
        return fields.length > 1 && "1".equals(fields[1]);
    }
}
