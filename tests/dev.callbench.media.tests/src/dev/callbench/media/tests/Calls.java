package dev.callbench.media.tests;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import dev.callbench.media.internal.AudioPeer;
import dev.callbench.media.internal.Milestone;
import dev.callbench.media.internal.SessionDescription;
import dev.callbench.media.internal.SessionTimeline;

/** Sets up a call between two peers of one test as the signaling would: one offer, one answer, no trickle. */
final class Calls {

    private static final long STEP_SECONDS = 15;

    private Calls() {
    }

    static void connect(AudioPeer offerer, AudioPeer answerer) throws Exception {
        SessionDescription offer = await(offerer.createOffer());
        SessionDescription answer = await(answerer.answer(offer));
        await(offerer.applyAnswer(answer));
        await(offerer.iceConnected());
        await(answerer.iceConnected());
    }

    static <T> T await(CompletableFuture<T> step) throws InterruptedException, ExecutionException, TimeoutException {
        return step.get(STEP_SECONDS, TimeUnit.SECONDS);
    }

    /** The harness-like figures of one side of a call, for the test log (not asserted: machines differ). */
    static String figures(AudioPeer peer) {
        SessionTimeline timeline = peer.timeline();
        return String.format("%s: createOffer/remote offer to ICE connected %s ms, to first audio received %s ms; %s",
                peer.name(), millis(timeline, first(timeline), Milestone.ICE_CONNECTED),
                millis(timeline, first(timeline), Milestone.FIRST_AUDIO_RECEIVED), timeline);
    }

    private static Milestone first(SessionTimeline timeline) {
        return timeline.at(Milestone.OFFER_CREATED).isPresent() ? Milestone.OFFER_CREATED
                : Milestone.REMOTE_DESCRIPTION_APPLIED;
    }

    private static String millis(SessionTimeline timeline, Milestone from, Milestone to) {
        return timeline.between(from, to).map(d -> String.format("%.1f", d.toNanos() / 1e6)).orElse("-");
    }
}
