package dev.callbench.media.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

import dev.onvoid.webrtc.RTCIceCandidate;

/**
 * Collects the local candidates for the one {@code candidates} array the protocol sends (no trickle ICE), as
 * connect-rtc-js does: done when gathering completes, or as soon as there is a relay candidate for RTP (connect-rtc-js
 * stops once one foundation has an RTP candidate on every media line: these calls have one, audio), or at the ICE
 * collection deadline with what there is; a failure when there is no relay candidate then, or at once when the TURN
 * server refuses the credentials (libwebrtc reports the 401 and then waits in vain: it never fails gathering by
 * itself). Stopping at the first relay candidate saves libwebrtc's later allocation phases (TCP, about 50 ms each),
 * which add nothing to a relay-only UDP call. Used on the peer's control thread only.
 */
final class CandidateGathering {

    private static final int UNAUTHORIZED = 401;

    private final List<IceCandidate> candidates = new ArrayList<>();
    private final CompletableFuture<List<IceCandidate>> result = new CompletableFuture<>();
    private Duration timeout;
    private ScheduledFuture<?> deadline;
    private boolean complete;
    private String refusal;

    void candidate(RTCIceCandidate candidate) {
        IceCandidate found = new IceCandidate(candidate.sdp, candidate.sdpMid, candidate.sdpMLineIndex);
        if (found.relay()) { // relay-only policy: anything else would be a bug, and must never be sent
            candidates.add(found);
            if (found.rtp()) {
                complete = true;
                finishIfStarted();
            }
        }
    }

    void error(int code, String text, String url) {
        if (code == UNAUTHORIZED && refusal == null) {
            refusal = "the TURN server " + url + " refused the credentials (" + code + " " + text + ")";
            finishIfStarted();
        }
    }

    void complete() {
        complete = true;
        finishIfStarted();
    }

    /** Starts the deadline (the local description is set); the future completes on the control thread. */
    CompletableFuture<List<IceCandidate>> start(ScheduledExecutorService control, Duration limit) {
        timeout = limit;
        deadline = control.schedule(this::deadlinePassed, limit.toMillis(), TimeUnit.MILLISECONDS);
        finishIfStarted();
        return result;
    }

    void cancel() {
        if (deadline != null) {
            deadline.cancel(false);
        }
    }

    private void finishIfStarted() {
        if (timeout == null) {
            return;
        }
        if (refusal != null && candidates.isEmpty()) {
            fail(refusal);
        } else if (complete) {
            if (candidates.isEmpty()) {
                fail("gathering ended without a relay candidate");
            } else {
                succeed();
            }
        }
    }

    private void deadlinePassed() {
        if (candidates.isEmpty()) {
            fail("no relay candidate within " + timeout.toMillis() + " ms");
        } else {
            succeed();
        }
    }

    private void succeed() {
        cancel();
        result.complete(List.copyOf(candidates));
    }

    private void fail(String why) {
        cancel();
        result.completeExceptionally(new MediaFailureException(MediaFailure.ICE_COLLECTION_TIMEOUT, why));
    }
}
