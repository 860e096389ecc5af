package dev.callbench.server.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.callbench.media.internal.AudioPeer;
import dev.callbench.media.internal.AudioPeerConfig;
import dev.callbench.media.internal.CallStatistics;
import dev.callbench.media.internal.IceCandidate;
import dev.callbench.media.internal.IceServer;
import dev.callbench.media.internal.SessionDescription;
import dev.callbench.media.internal.ToneDetector;

/**
 * The agent's softphone, played by the test: an offering {@link AudioPeer} on the test's coturn, and the signaling
 * frames by hand through a {@link SignalingPeer}. What it hears goes to a {@link ToneDetector} for the given tones.
 */
final class Softphone implements AutoCloseable {

    private static final long STEP_SECONDS = 15;

    private final AudioPeer peer;
    private final SignalingPeer signaling;
    private final ToneDetector hears;
    private long offeredNanos;
    private long answeredNanos;
    private long connectedNanos;

    private Softphone(AudioPeer peer, SignalingPeer signaling, ToneDetector hears) {
        this.peer = peer;
        this.signaling = signaling;
        this.hears = hears;
        peer.addAudioListener(hears);
    }

    /** Opens the signaling socket for the ringing contact and a peer relaying through {@code relay}. */
    static Softphone open(TestServer server, String contactId, String callContextToken, IceServer relay,
            double... listenFor) throws Exception {
        SignalingPeer signaling = SignalingPeer.open(SignalingPeer.endpointOf(server), contactId, callContextToken);
        AudioPeer peer = AudioPeer.open(new AudioPeerConfig("agent", List.of(relay)));
        return new Softphone(peer, signaling, new ToneDetector(100, listenFor));
    }

    /** Invites with a real offer; returns the server's response (the answer, or its error). */
    JsonObject invite(String callContextToken) throws Exception {
        SessionDescription offer = peer.createOffer().get(STEP_SECONDS, TimeUnit.SECONDS);
        offeredNanos = System.nanoTime();
        JsonObject response = signaling.invite(offer.sdp(), candidates(offer), callContextToken);
        answeredNanos = System.nanoTime();
        return response;
    }

    /** Invites with whatever SDP the test gives, and one real relay candidate. */
    JsonObject inviteWithSdp(String sdp, String callContextToken) throws Exception {
        SessionDescription offer = peer.createOffer().get(STEP_SECONDS, TimeUnit.SECONDS);
        return signaling.invite(sdp, candidates(offer), callContextToken);
    }

    /** Invites, applies the answer, accepts (as connect-rtc-js does) and waits until ICE connects. */
    void connect(String callContextToken) throws Exception {
        JsonObject response = invite(callContextToken);
        assertTrue(response.has("result"), "the server answers the invite: " + response);
        JsonObject answer = response.getAsJsonObject("result");
        peer.applyAnswer(new SessionDescription(answer.get("sdp").getAsString(), candidatesOf(answer)))
                .get(STEP_SECONDS, TimeUnit.SECONDS);
        signaling.responseTo(signaling.request("accept", new JsonObject()));
        peer.iceConnected().get(STEP_SECONDS, TimeUnit.SECONDS);
        connectedNanos = System.nanoTime();
    }

    AudioPeer peer() {
        return peer;
    }

    ToneDetector hears() {
        return hears;
    }

    SignalingPeer signaling() {
        return signaling;
    }

    CallStatistics statistics() throws Exception {
        return peer.statistics().get(STEP_SECONDS, TimeUnit.SECONDS);
    }

    /** From sending the invite to its answer, and from the answer to ICE connected, in ms. */
    String setUpFigures() {
        return String.format("offer to answer %.1f ms, answer to ICE connected %.1f ms",
                (answeredNanos - offeredNanos) / 1e6, (connectedNanos - answeredNanos) / 1e6);
    }

    @Override
    public void close() {
        signaling.close();
        peer.close();
    }

    private static JsonArray candidates(SessionDescription offer) {
        JsonArray candidates = new JsonArray();
        for (IceCandidate c : offer.candidates()) {
            JsonObject candidate = new JsonObject();
            candidate.addProperty("candidate", c.candidate());
            candidate.addProperty("sdpMid", c.sdpMid());
            candidate.addProperty("sdpMLineIndex", c.sdpMLineIndex());
            candidates.add(candidate);
        }
        return candidates;
    }

    private static List<IceCandidate> candidatesOf(JsonObject answer) {
        return answer.getAsJsonArray("candidates").asList().stream().map(JsonElement::getAsJsonObject)
                .map(c -> new IceCandidate(c.get("candidate").getAsString(), c.get("sdpMid").getAsString(),
                        c.get("sdpMLineIndex").getAsInt()))
                .toList();
    }
}
