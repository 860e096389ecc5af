package dev.callbench.server.internal.media;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.callbench.media.internal.AudioPeer;
import dev.callbench.media.internal.AudioPeerConfig;
import dev.callbench.media.internal.CallStatistics;
import dev.callbench.media.internal.DtmfDetector;
import dev.callbench.media.internal.IceServer;
import dev.callbench.media.internal.IncomingAudioListener;
import dev.callbench.media.internal.MediaFactoryPool;
import dev.callbench.media.internal.Milestone;
import dev.callbench.media.internal.MixingSource;
import dev.callbench.media.internal.PcmSource;
import dev.callbench.media.internal.SessionDescription;
import dev.callbench.media.internal.ToneDetector;
import dev.callbench.media.internal.ToneReading;
import dev.callbench.media.internal.ToneSource;
import dev.callbench.server.internal.center.CallerAudio;
import dev.callbench.server.internal.center.SoftphoneLeg;

/**
 * The media endpoint's side of one softphone leg: the peer that answers the softphone, the simulated caller it plays
 * to the agent, and what it hears from the agent. The {@link Mixer} says what each side hears ({@link #mix}).
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
    private final CallerEar callerEar;
    /** Listeners of the agent's audio: the leg's own, and taps into the other legs of a bridge. */
    private final List<IncomingAudioListener> agentListeners = new CopyOnWriteArrayList<>();
    private final Map<MediaLeg, VoiceTap> tapsFrom = new ConcurrentHashMap<>();
    /** Other legs' agents as this leg's caller hears them: taps of their own, a tap having one reader. */
    private final Map<MediaLeg, VoiceTap> callerTapsFrom = new ConcurrentHashMap<>();
    private volatile LegMix mix = LegMix.RINGING;
    private AudioPeer peer;
    private boolean closed;
    private boolean lost;

    MediaLeg(SoftphoneLeg leg, CallerAudio audio) {
        this.leg = leg;
        this.audio = audio;
        this.callerVoice = audio.recording() ? ShippedAudio.callerRecording()
                : new ToneSource(audio.toneHz(), CALLER_TONE_LEVEL);
        this.callerEar = new CallerEar(ShippedAudio.holdMusic(), audio.listenForHz());
        this.agentTones = new ToneDetector(TONE_WINDOW_MILLIS,
                audio.listenForHz().stream().mapToDouble(Integer::doubleValue).toArray());
        agentListeners.addAll(List.of(agentTones, agentDigits, callerEar));
    }

    SoftphoneLeg leg() {
        return leg;
    }

    /**
     * Opens the peer (native work: call it off the signaling thread) and answers the offer with it. A leg closed
     * meanwhile closes the peer it just opened.
     */
    CompletableFuture<SessionDescription> answer(List<IceServer> iceServers, SessionDescription offer,
            MediaFactoryPool factories) {
        AudioPeer opened = AudioPeer.open(new AudioPeerConfig("endpoint-" + leg.contactId(), iceServers), factories);
        synchronized (this) {
            if (closed) {
                opened.close();
                return CompletableFuture.failedFuture(new IllegalStateException("the leg ended while it was set up"));
            }
            peer = opened;
            agentListeners.forEach(opened::addAudioListener);
        }
        mix(mix);
        opened.iceConnected().thenRun(() -> LOG.info("Media of contact {} connected: offer applied to ICE connected {} ms",
                leg.contactId(), opened.timeline().between(Milestone.REMOTE_DESCRIPTION_APPLIED, Milestone.ICE_CONNECTED)
                        .map(d -> d.toMillis()).orElse(-1L)));
        return opened.answer(offer);
    }

    /**
     * The softphone restarted ICE (its media path broke): the same peer answers its new offer, with candidates
     * gathered anew. A leg whose media was lost cannot: there is no peer to renegotiate.
     */
    CompletableFuture<SessionDescription> restart(SessionDescription offer) {
        AudioPeer current;
        synchronized (this) {
            current = lost ? null : peer;
        }
        if (current == null) {
            return CompletableFuture.failedFuture(new IllegalStateException("the leg has no media to restart"));
        }
        return current.answer(offer);
    }

    /**
     * The endpoint loses this leg's media as a crash would lose it: its peer is closed at once, and nobody is told,
     * neither the softphone (no bye) nor the contact center. The leg stays, so that the softphone's attempts to
     * recover are refused as a dead endpoint refuses them.
     */
    void crash() {
        synchronized (this) {
            lost = true;
        }
        close();
    }

    /** What each side hears from now on. */
    void mix(LegMix next) {
        mix = next;
        callerEar.hear(next.callerHears(), next.callerAlsoHears().stream()
                .<PcmSource>map(other -> tapFrom(callerTapsFrom, other)).toList());
        MixingSource toAgent = new MixingSource();
        if (next.hearsCaller()) {
            toAgent.add(callerVoice);
        }
        next.hearsAgents().forEach(other -> toAgent.add(tapFrom(tapsFrom, other)));
        AudioPeer current = peer();
        if (current != null && !isLost()) {
            current.play(next.hearsCaller() || !next.hearsAgents().isEmpty() ? toAgent : PcmSource.silence());
        }
    }

    /** "recording" or "tone": what this leg's caller sends once cut through. */
    String voiceName() {
        return audio.recording() ? "recording" : "tone";
    }

    /** The other leg's agent as this leg's agent hears it. */
    private static VoiceTap tapFrom(Map<MediaLeg, VoiceTap> taps, MediaLeg other) {
        return taps.computeIfAbsent(other, from -> {
            VoiceTap tap = new VoiceTap();
            from.addAgentListener(tap);
            return tap;
        });
    }

    private void addAgentListener(IncomingAudioListener listener) {
        synchronized (this) {
            agentListeners.add(listener);
            if (peer != null) {
                peer.addAudioListener(listener);
            }
        }
    }

    MediaView view() {
        AudioPeer current = isLost() ? null : peer();
        boolean connected = current != null && current.iceConnected().isDone()
                && !current.iceConnected().isCompletedExceptionally();
        CallStatistics stats = statistics(current);
        ToneReading heard = agentTones.reading();
        return new MediaView(leg.contactId(), connected, mix.callerSends(), audio.toneHz(), callerEar.hears().wire(),
                callerEar.levelDbfs(), callerEar.tonesHz(), heard.tone().map(Double::intValue).orElse(null), heard.levelDbfs(),
                agentDigits.digits(), stats == null ? 0 : stats.packetsReceived(),
                stats == null ? 0 : stats.packetsSent(), audio.listenForHz());
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

    private synchronized boolean isLost() {
        return lost;
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
