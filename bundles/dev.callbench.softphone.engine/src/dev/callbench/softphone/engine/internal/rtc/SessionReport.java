package dev.callbench.softphone.engine.internal.rtc;

import java.time.Duration;
import java.time.Instant;

import dev.callbench.media.internal.Milestone;
import dev.callbench.media.internal.SessionTimeline;

/**
 * The report of one session, with connect-rtc-js's SessionReport fields. A stage never reached is {@code null}.
 *
 * @param failure why the session failed; {@code null} if it did not
 * @param iceRestarts the ICE restarts tried during the call
 */
public record SessionReport(String contactId, Instant sessionStart, Instant sessionEnd, Duration gum,
        Duration initialization, Duration iceCollection, Duration signallingConnect, Duration handshaking,
        Duration preTalking, Duration talking, Duration cleanup, Duration firstRtp, SessionFailureReason failure,
        int iceConnectionsLost, boolean iceConnectionsFailed, IceRestarts iceRestarts) {

    /**
     * connect-rtc-js's ICE restart counts: attempts, restarts after which ICE connected again, invites sent again,
     * the last successful one's time from its start to ICE connected, and whether the last one failed ({@code null}:
     * none tried).
     */
    public record IceRestarts(int attempts, int successes, int inviteRetries, Duration lastTime, Boolean lastFailed) {
    }

    /** Collects the moments of a session as it runs; thread-safe. */
    static final class Builder {
        private Instant start;
        private long startNanos;
        private Long localMedia;
        private Long signalingConnected;
        private Long handshaked;
        private Long talkingSince;
        private Long talkingEnd;
        private long cleanupNanos;
        private SessionTimeline timeline;
        private SessionFailureReason failure;
        private int iceLost;
        private boolean iceFailed;
        private int restartAttempts;
        private int restartSuccesses;
        private int inviteRetries;
        private Long restartStarted;
        private Duration restartTime;
        private Boolean restartFailed;

        synchronized void started(Instant at) {
            start = at;
            startNanos = System.nanoTime();
        }

        synchronized void localMediaOpened() {
            localMedia = System.nanoTime();
        }

        synchronized void signalingConnected() {
            signalingConnected = System.nanoTime();
        }

        synchronized void handshaked() {
            handshaked = System.nanoTime();
        }

        synchronized void talking() {
            talkingSince = System.nanoTime();
        }

        synchronized void failed(SessionFailureReason reason) {
            failure = reason;
        }

        synchronized void iceConnectionLost() {
            iceLost++;
        }

        synchronized void iceConnectionFailed() {
            iceFailed = true;
        }

        synchronized void iceRestartStarted() {
            restartAttempts++;
            restartStarted = System.nanoTime();
        }

        synchronized void iceRestartInviteRetried() {
            inviteRetries++;
        }

        /** ICE connected again after the restart's answer was applied. */
        synchronized void iceRestartSucceeded() {
            restartSuccesses++;
            restartFailed = false;
            restartTime = between(restartStarted, System.nanoTime());
        }

        synchronized void iceRestartFailed() {
            restartFailed = true;
        }

        synchronized void timeline(SessionTimeline peerTimeline) {
            timeline = peerTimeline;
        }

        synchronized void cleanedUp(long nanos) {
            cleanupNanos = nanos;
            if (talkingSince != null && talkingEnd == null) {
                talkingEnd = System.nanoTime() - nanos;
            }
        }

        synchronized SessionReport build(String contactId, Instant end) {
            return new SessionReport(contactId, start, end, between(startNanos, localMedia),
                    since(Milestone.LOCAL_DESCRIPTION_SET), peer(Milestone.LOCAL_DESCRIPTION_SET,
                            Milestone.ICE_GATHERING_COMPLETE),
                    between(localMedia, signalingConnected), between(signalingConnected, handshaked),
                    between(startNanos, talkingSince), between(talkingSince, talkingEnd), Duration.ofNanos(cleanupNanos),
                    since(Milestone.FIRST_AUDIO_RECEIVED), failure, iceLost, iceFailed, new IceRestarts(restartAttempts,
                            restartSuccesses, inviteRetries, restartTime, restartFailed));
        }

        private Duration since(Milestone milestone) {
            return timeline == null ? null : timeline.at(milestone).map(at -> Duration.between(start, at)).orElse(null);
        }

        private Duration peer(Milestone from, Milestone to) {
            return timeline == null ? null : timeline.between(from, to).orElse(null);
        }

        private static Duration between(Long from, Long to) {
            return from == null || to == null ? null : Duration.ofNanos(to - from);
        }
    }
}
