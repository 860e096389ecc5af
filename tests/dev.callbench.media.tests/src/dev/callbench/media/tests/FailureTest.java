package dev.callbench.media.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.callbench.media.internal.AudioPeer;
import dev.callbench.media.internal.AudioPeerConfig;
import dev.callbench.media.internal.IceCandidate;
import dev.callbench.media.internal.MediaFailure;
import dev.callbench.media.internal.MediaFailureException;
import dev.callbench.media.internal.SessionDescription;
import dev.callbench.tests.support.Coturn;
import dev.callbench.tests.support.TurnServer;

/** Each failure of setting up media is told apart, by connect-rtc-js' names. */
class FailureTest {

    private static final IceCandidate SOME_CANDIDATE = new IceCandidate(
            "candidate:1 1 udp 41885695 127.0.0.1 50000 typ relay raddr 0.0.0.0 rport 0 generation 0", "0", 0);

    @RegisterExtension
    static final Coturn TURN = new Coturn();

    @Test
    void aWrongTurnPasswordIsAnIceCollectionFailureWithinTheTimeout() {
        Duration timeout = AudioPeerConfig.DEFAULT_ICE_COLLECTION_TIMEOUT;
        try (AudioPeer agent = AudioPeer.open(new AudioPeerConfig("agent",
                List.of(Relay.withPassword(TURN.server(), "not-the-password")), timeout))) {
            long started = System.nanoTime();
            MediaFailureException failure = failure(agent.createOffer());
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            System.out.println("wrong TURN password: " + failure.getMessage() + " after " + took.toMillis() + " ms");
            assertEquals(MediaFailure.ICE_COLLECTION_TIMEOUT, failure.failure());
            assertTrue(took.compareTo(timeout.plusSeconds(1)) < 0, () -> "failed within the timeout, took " + took);
        }
    }

    @Test
    void anUnreachableTurnServerIsAnIceCollectionTimeoutAtTheDeadline() throws Exception {
        // a port with nobody on it: the TURN requests go unanswered until the deadline
        String nobody = "turn:127.0.0.1:" + TurnServer.freeUdpPort() + "?transport=udp";
        Duration timeout = Duration.ofMillis(1500);
        try (AudioPeer agent = AudioPeer.open(new AudioPeerConfig("agent",
                List.of(new dev.callbench.media.internal.IceServer(List.of(nobody), "agent", "secret")), timeout))) {
            long started = System.nanoTime();
            MediaFailureException failure = failure(agent.createOffer());
            Duration took = Duration.ofNanos(System.nanoTime() - started);
            assertEquals(MediaFailure.ICE_COLLECTION_TIMEOUT, failure.failure(), failure::getMessage);
            assertTrue(took.compareTo(timeout.plusSeconds(1)) < 0, () -> "failed at the deadline, took " + took);
        }
    }

    @Test
    void anEmptyRemoteSdpIsInvalid() {
        try (AudioPeer caller = answerer()) {
            assertEquals(MediaFailure.INVALID_REMOTE_SDP,
                    failure(caller.answer(new SessionDescription(" ", List.of(SOME_CANDIDATE)))).failure());
        }
    }

    @Test
    void anOfferWithoutCandidatesHasNoRemoteIceCandidate() throws Exception {
        try (AudioPeer agent = offerer(); AudioPeer caller = answerer()) {
            SessionDescription offer = Calls.await(agent.createOffer());
            assertEquals(MediaFailure.NO_REMOTE_ICE_CANDIDATE,
                    failure(caller.answer(new SessionDescription(offer.sdp(), List.of()))).failure());
        }
    }

    @Test
    void anSdpLibwebrtcCannotParseFailsToSetTheRemoteDescription() {
        try (AudioPeer caller = answerer()) {
            MediaFailureException failure = failure(caller.answer(
                    new SessionDescription("v=0\r\nthis is no session description\r\n", List.of(SOME_CANDIDATE))));
            assertEquals(MediaFailure.SET_REMOTE_DESCRIPTION_FAILURE, failure.failure(), failure::getMessage);
        }
    }

    @Test
    void anOfferAppliedAsTheAnswerFailsToSetTheRemoteDescription() throws Exception {
        try (AudioPeer agent = offerer()) {
            SessionDescription offer = Calls.await(agent.createOffer());
            // its own offer where an answer belongs: the DTLS roles clash (both actpass), libwebrtc refuses it
            MediaFailureException failure = failure(agent.applyAnswer(offer));
            assertEquals(MediaFailure.SET_REMOTE_DESCRIPTION_FAILURE, failure.failure(), failure::getMessage);
        }
    }

    @Test
    void aClosedPeerRefusesWorkAndEndsWhatWasPending() throws Exception {
        AudioPeer agent = offerer();
        CompletableFuture<SessionDescription> offer = agent.createOffer();
        agent.close();
        agent.close();
        ExecutionException pending = assertThrows(ExecutionException.class, () -> Calls.await(offer).sdp());
        ExecutionException later = assertThrows(ExecutionException.class, () -> Calls.await(agent.statistics()));
        assertInstanceOf(IllegalStateException.class, later.getCause());
        assertInstanceOf(IllegalStateException.class, pending.getCause(), "gathering ended by the close");
    }

    private static AudioPeer offerer() {
        return AudioPeer.open(new AudioPeerConfig("agent", List.of(Relay.of(TURN.server()))));
    }

    private static AudioPeer answerer() {
        return AudioPeer.open(new AudioPeerConfig("caller", List.of(Relay.of(TURN.server()))));
    }

    private static MediaFailureException failure(CompletableFuture<?> step) {
        ExecutionException e = assertThrows(ExecutionException.class, () -> Calls.await(step));
        return assertInstanceOf(MediaFailureException.class, e.getCause(), () -> "a media failure: " + e.getCause());
    }
}
