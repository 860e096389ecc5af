package dev.callbench.server.internal.signaling;

/**
 * One ICE candidate as the protocol carries it ({@code RTCIceCandidate.toJSON()}): the candidate line and the media
 * section it belongs to, by id or by index.
 */
public record IceCandidateLine(String candidate, String sdpMid, int sdpMLineIndex) {
}
