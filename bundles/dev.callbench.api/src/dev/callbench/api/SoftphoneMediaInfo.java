package dev.callbench.api;

import java.net.URI;
import java.util.List;
import java.util.Objects;

/**
 * What the softphone needs to set up the media of a call; found on the agent's connection of a softphone call.
 * The call context token and the ICE servers' credentials are secrets: {@link #toString()} leaves them out.
 *
 * @param callType the media of the call
 * @param autoAccept whether the call is accepted without the agent's click
 * @param callContextToken the token the softphone presents to the signaling server
 * @param signalingEndpoint the signaling server's WebSocket address
 * @param iceServers the TURN servers the media may be relayed through
 */
public record SoftphoneMediaInfo(SoftphoneCallType callType, boolean autoAccept, String callContextToken,
        URI signalingEndpoint, List<IceServer> iceServers) {

    public SoftphoneMediaInfo {
        Objects.requireNonNull(callType, "callType");
        iceServers = List.copyOf(iceServers);
    }

    @Override
    public String toString() {
        return "SoftphoneMediaInfo[callType=" + callType + ", autoAccept=" + autoAccept + ", callContextToken="
                + Redacted.mark(callContextToken) + ", signalingEndpoint=" + signalingEndpoint + ", iceServers="
                + iceServers + "]";
    }
}
