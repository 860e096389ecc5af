package dev.callbench.server.internal.media;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.callbench.media.internal.AudioPeer;
import dev.callbench.media.internal.AudioPeerConfig;
import dev.callbench.media.internal.CallStatistics;
import dev.callbench.media.internal.DtmfDetector;
import dev.callbench.media.internal.IceServer;
import dev.callbench.media.internal.Milestone;
import dev.callbench.media.internal.PcmSource;
import dev.callbench.media.internal.SessionDescription;
import dev.callbench.media.internal.ToneDetector;
import dev.callbench.media.internal.ToneReading;
import dev.callbench.media.internal.ToneSource;
import dev.callbench.server.internal.center.CallerAudio;
import dev.callbench.server.internal.center.SoftphoneLeg;

/**
 * The media endpoint's side of one softphone leg: the peer that answers the softphone, the simulated caller it plays
 * to the agent, and what it hears from the agent. The mixer moves it from phase to phase ({@link #follow}).
 */
final class MediaLeg {

    private static final Logger LOG = LoggerFactory.getLogger(MediaLeg.class);
    private static final int TONE_WINDOW_MILLIS = 100;
    private static final double CALLER_TONE_LEVEL = 0.5;
    private static final long STATISTICS_WAIT_MILLIS = 1_000;

    private final SoftphoneLeg leg;
    private final CallerAudio audio;
    private final PcmSource callerVoice;
    private final ToneDetector agentTones;
    private final DtmfDetector agentDigits = new DtmfDetector();
    private final CallerEar callerEar = new CallerEar(ShippedAudio.holdMusic());
    private volatile CallPhase phase = CallPhase.RINGING;
    private AudioPeer peer;
    private boolean closed;

    MediaLeg(SoftphoneLeg leg, CallerAudio audio) {
        this.leg = leg;
        this.audio = audio;
        this.callerVoice = audio.recording() ? ShippedAudio.callerRecording()
                : new ToneSource(audio.toneHz(), CALLER_TONE_LEVEL);
        this.agentTones = new ToneDetector(TONE_WINDOW_MILLIS,
                audio.listenForHz().stream().mapToDouble(Integer::doubleValue).toArray());
    }

    SoftphoneLeg leg() {
        return leg;
    }

    /**
     * Opens the peer (native work: call it off the signaling thread) and answers the offer with it. A leg closed
     * meanwhile closes the peer it just opened.
     */
    CompletableFuture<SessionDescription> answer(List<IceServer> iceServers, SessionDescription offer) {
        AudioPeer opened = AudioPeer.open(new AudioPeerConfig("endpoint-" + leg.contactId(), iceServers));
        synchronized (this) {
            if (closed) {
                opened.close();
                return CompletableFuture.failedFuture(new IllegalStateException("the leg ended while it was set up"));
            }
            peer = opened;
        }
        opened.addAudioListener(agentTones);
        opened.addAudioListener(agentDigits);
        opened.addAudioListener(callerEar);
        follow(phase);
        opened.iceConnected().thenRun(() -> LOG.info("Media of contact {} connected: offer applied to ICE connected {} ms",
                leg.contactId(), opened.timeline().between(Milestone.REMOTE_DESCRIPTION_APPLIED, Milestone.ICE_CONNECTED)
                        .map(d -> d.toMillis()).orElse(-1L)));
        return opened.answer(offer);
    }

    /** What each side hears from now on. */
    void follow(CallPhase next) {
        phase = next;
        AudioPeer current = peer();
        switch (next) {
            case RINGING -> play(current, PcmSource.silence(), CallerEar.Hears.NOTHING);
            case TALKING -> play(current, callerVoice, CallerEar.Hears.AGENT);
            case ON_HOLD -> play(current, PcmSource.silence(), CallerEar.Hears.HOLD_MUSIC);
        }
    }

    private void play(AudioPeer current, PcmSource toAgent, CallerEar.Hears toCaller) {
        callerEar.hear(toCaller);
        if (current != null) {
            current.play(toAgent);
        }
    }

    MediaView view() {
        AudioPeer current = peer();
        boolean connected = current != null && current.iceConnected().isDone()
                && !current.iceConnected().isCompletedExceptionally();
        CallStatistics stats = statistics(current);
        ToneReading heard = agentTones.reading();
        return new MediaView(leg.contactId(), connected, callerSends(), audio.toneHz(), callerEar.hears().wire(),
                callerEar.levelDbfs(), heard.tone().map(Double::intValue).orElse(null), heard.levelDbfs(),
                agentDigits.digits(), stats == null ? 0 : stats.packetsReceived(),
                stats == null ? 0 : stats.packetsSent(), audio.listenForHz());
    }

    private String callerSends() {
        return switch (phase) {
            case RINGING -> "silence";
            case TALKING -> audio.recording() ? "recording" : "tone";
            case ON_HOLD -> "hold";
        };
    }

    private static CallStatistics statistics(AudioPeer current) {
        if (current == null) {
            return null;
        }
        try {
            return current.statistics().get(STATISTICS_WAIT_MILLIS, TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception closedOrSlow) {
            return null;
        }
    }

    private synchronized AudioPeer peer() {
        return peer;
    }

    /** Frees the peer, once; waits for its threads to end. */
    void close() {
        AudioPeer open;
        synchronized (this) {
            closed = true;
            open = peer;
        }
        if (open != null) {
            open.close();
        }
    }
}
