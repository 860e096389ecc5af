package dev.callbench.server.internal.signaling;

import java.util.UUID;

import dev.callbench.server.internal.center.SoftphoneLeg;

/**
 * One softphone session: the leg it carries, the socket it currently speaks on (a softphone that lost its socket
 * may come back on a new one with its client token), and whether the softphone has accepted the answer.
 */
final class SignalingCall {

    private final SoftphoneLeg leg;
    private final String clientToken = UUID.randomUUID().toString();
    private SignalingSocket socket;
    private boolean accepted;
    private boolean ended;

    SignalingCall(SoftphoneLeg leg, SignalingSocket socket) {
        this.leg = leg;
        this.socket = socket;
    }

    SoftphoneLeg leg() {
        return leg;
    }

    String clientToken() {
        return clientToken;
    }

    synchronized SignalingSocket socket() {
        return socket;
    }

    synchronized void moveTo(SignalingSocket replacement) {
        socket = replacement;
    }

    /** True the first time only, and not once ended: {@code accept} may be sent again (after an ICE restart). */
    synchronized boolean accept() {
        boolean first = !accepted && !ended;
        accepted = true;
        return first;
    }

    /** True the first time only, so that the session is ended once whichever side ends it. */
    synchronized boolean end() {
        boolean first = !ended;
        ended = true;
        return first;
    }
}
