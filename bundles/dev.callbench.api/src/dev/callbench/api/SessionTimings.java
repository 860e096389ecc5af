package dev.callbench.api;

import java.time.Duration;

/**
 * How long each stage of a softphone session took. A stage the session never reached is {@code null}.
 * <p>
 * <b>Not produced yet:</b> Callbench 0.1's softphone only loads its media engine; calls carry this from
 * Callbench 0.2 on.
 *
 * @param gum opening the microphone
 * @param initialization creating the offer and the local description
 * @param iceCollection gathering ICE candidates
 * @param signallingConnect connecting to the signaling server
 * @param handshaking from the signaling connection to the accepted answer
 * @param preTalking from the session's start to talking
 * @param talking the conversation
 * @param cleanup releasing the media
 * @param firstRtp from talking to the first RTP packet received
 */
public record SessionTimings(Duration gum, Duration initialization, Duration iceCollection,
        Duration signallingConnect, Duration handshaking, Duration preTalking, Duration talking, Duration cleanup,
        Duration firstRtp) {
}
