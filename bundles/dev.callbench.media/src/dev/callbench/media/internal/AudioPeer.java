package dev.callbench.media.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.function.Consumer;

import dev.onvoid.webrtc.RTCAnswerOptions;
import dev.onvoid.webrtc.RTCBundlePolicy;
import dev.onvoid.webrtc.RTCConfiguration;
import dev.onvoid.webrtc.RTCDtmfSender;
import dev.onvoid.webrtc.RTCIceCandidate;
import dev.onvoid.webrtc.RTCIceConnectionState;
import dev.onvoid.webrtc.RTCIceServer;
import dev.onvoid.webrtc.RTCIceTransportPolicy;
import dev.onvoid.webrtc.RTCOfferOptions;
import dev.onvoid.webrtc.RTCPeerConnection;
import dev.onvoid.webrtc.RTCRtcpMuxPolicy;
import dev.onvoid.webrtc.RTCRtpSender;
import dev.onvoid.webrtc.RTCSdpType;
import dev.onvoid.webrtc.RTCSessionDescription;
import dev.onvoid.webrtc.media.audio.AudioOptions;
import dev.onvoid.webrtc.media.audio.AudioTrack;
import dev.onvoid.webrtc.media.audio.AudioTrackSource;
import dev.onvoid.webrtc.media.audio.CustomAudioSource;

/**
 * One side of a two-party audio call over WebRTC: one peer connection on a {@link MediaFactory} of its own, relay-only
 * ICE, one sendrecv audio track. The offering side calls {@link #createOffer()} then {@link #applyAnswer}, the
 * answering side {@link #answer}; each returns what goes to the other side in one message (SDP and every candidate).
 * <p>
 * Threads: every libwebrtc callback is handed to this peer's control thread, where all its state lives; futures
 * complete there (do not block in their dependents). Incoming audio reaches listeners on a thread of its own; outgoing
 * audio is pulled from the {@link PcmSource} by the one pushing thread. None of libwebrtc's threads runs user code.
 * <p>
 * Outgoing audio starts once the call is connected and the send stream has sent its first packet (of the audio
 * device's own silence), after the audio device's recording is stopped: pushing earlier, or while that recording runs,
 * aborts the JVM in webrtc-java 0.14.0 (issues #118, #217).
 * <p>
 * With the system's devices ({@link AudioDevices#SYSTEM}) there is no pushing: the track's source is the audio
 * device's own recording, the far end is played out by the device itself (listeners still get every frame), and
 * {@link #play} changes nothing; muting disables the track. Since nothing is pushed, the workaround is not needed.
 */
public final class AudioPeer implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(AudioPeer.class.getName());
    private static final Duration FIRST_PACKET_LIMIT = Duration.ofSeconds(10);
    private static final long STATS_POLL_MILLIS = 10;
    /**
     * Longer than a browser's 100 ms default: a far end that hears digits in the audio (the local contact center's
     * endpoint) gets them from NetEq, which plays a 100 ms event out as little as 50 ms and shortens it further when
     * a loaded machine makes it catch up; at 100 ms, 2 calls in 10 lost a digit with both cores busy, at 160 ms none
     * in 20. 160 ms is well inside what RFC 4733 allows and what IVRs take.
     */
    private static final int DTMF_TONE_MILLIS = 160;
    private static final int DTMF_GAP_MILLIS = 70;

    private final AudioPeerConfig config;
    private final ScheduledExecutorService control;
    private final ExecutorService audioThread;
    /** The control and the receiving thread, once each exists. */
    private final AtomicReferenceArray<Thread> ownThreads;
    private final MediaFactory factory;
    /** Where the factory comes from and goes back to; none: a factory of its own, disposed at close. */
    private final MediaFactoryPool factories;
    private final RTCPeerConnection connection;
    private final AudioTrackSource outgoingSource;
    private final AudioTrack outgoingTrack;
    private final RTCRtpSender sender;
    private final SwitchableSource outgoing = new SwitchableSource(PcmSource.silence());
    /** Pushes {@link #outgoing}; none with the system's devices, which record by themselves. */
    private final AudioPump pump;
    private final IncomingAudio incoming;
    private final SessionTimeline timeline = new SessionTimeline();
    /** This negotiation's gathering: an ICE restart gathers anew. */
    private CandidateGathering gathering = new CandidateGathering();
    private final List<IceCandidate> remoteCandidates = new ArrayList<>();
    private final CompletableFuture<Void> iceConnected = new CompletableFuture<>();
    private final List<Consumer<RTCIceConnectionState>> iceStateListeners = new CopyOnWriteArrayList<>();
    private final Set<CompletableFuture<?>> pending = ConcurrentHashMap.newKeySet();
    private volatile boolean muted;
    private volatile boolean closed;
    private boolean closing;
    private boolean localDescriptionSet;
    private boolean remoteDescriptionSet;
    private boolean watchingFirstPackets;
    private boolean sending;
    private AudioTrack remoteTrack;

    private AudioPeer(AudioPeerConfig config, MediaFactoryPool factories, ScheduledExecutorService control,
            ExecutorService audioThread, AtomicReferenceArray<Thread> ownThreads) throws MediaFailureException {
        this.config = config;
        this.factories = factories;
        this.control = control;
        this.audioThread = audioThread;
        this.ownThreads = ownThreads;
        this.incoming = new IncomingAudio(audioThread);
        this.factory = factories == null ? MediaFactory.open(config.audio()) : factories.take(config.audio());
        this.connection = factory.peerConnections().createPeerConnection(rtcConfiguration(config),
                new PeerObserver(this::onControl, this));
        boolean pushed = config.audio() == AudioDevices.HEADLESS;
        this.outgoingSource = pushed ? new CustomAudioSource()
                : factory.peerConnections().createAudioSource(new AudioOptions()); // processing off: as recorded
        this.outgoingTrack = factory.peerConnections().createAudioTrack(config.name() + "-audio", outgoingSource);
        // addTrack, not addTransceiver: on the answering side only a track's transceiver takes up the offer's m-line
        // (JSEP 5.10) and sends; one added as a transceiver would stay unused and the answer recvonly
        this.sender = connection.addTrack(outgoingTrack, List.of(config.name()));
        this.pump = pushed ? new AudioPump("callbench-media-" + config.name() + "-send",
                (CustomAudioSource) outgoingSource, outgoing, () -> muted) : null;
    }

    /**
     * Opens a peer: its factory, audio device, peer connection and track. Loads the native library the first time.
     *
     * @throws IllegalStateException when the native side cannot be set up; its cause is a
     *         {@link MediaFailureException} ({@link MediaFailure#MICROPHONE_FAILURE}) when the system's audio
     *         devices cannot be opened
     */
    public static AudioPeer open(AudioPeerConfig config) {
        return open(config, null);
    }

    /** The same, on a factory from the pool, given back when the peer closes. */
    public static AudioPeer open(AudioPeerConfig config, MediaFactoryPool factories) {
        AtomicReferenceArray<Thread> threads = new AtomicReferenceArray<>(2);
        ScheduledExecutorService control = Executors.newSingleThreadScheduledExecutor(
                task -> daemon(task, "callbench-media-" + config.name() + "-control", threads, 0));
        ExecutorService audio = Executors.newSingleThreadExecutor(
                task -> daemon(task, "callbench-media-" + config.name() + "-receive", threads, 1));
        try {
            // built on the control thread, so that no callback can see it half made
            return control.submit(() -> new AudioPeer(config, factories, control, audio, threads)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            control.shutdown();
            audio.shutdown();
            throw new IllegalStateException("Interrupted while opening the media peer " + config.name(), e);
        } catch (ExecutionException e) {
            control.shutdown();
            audio.shutdown();
            throw new IllegalStateException("The media peer " + config.name() + " could not be opened: "
                    + e.getCause(), e.getCause());
        }
    }

    public String name() {
        return config.name();
    }

    /**
     * Offering side: creates the offer, munges it as connect-rtc-js does ({@link OfferSdp}), sets it locally and
     * gathers candidates. Fails with a {@link MediaFailureException}: create offer, set local description, ICE
     * collection timeout.
     */
    public CompletableFuture<SessionDescription> createOffer() {
        return offer(new RTCOfferOptions());
    }

    /**
     * Offering side, during the call: an ICE restart as connect-rtc-js makes it. The peer takes {@code iceServers}
     * (fresh TURN credentials), then creates an offer with new ICE credentials, munged, sets it locally and gathers
     * anew; the media goes on over the old path, if it still works, until the answer is applied.
     */
    public CompletableFuture<SessionDescription> restartIce(List<IceServer> iceServers) {
        return onControlFuture(MediaFailure.CREATE_OFFER_FAILURE, result -> {
            connection.setConfiguration(rtcConfiguration(config.withIceServers(iceServers)));
            RTCOfferOptions options = new RTCOfferOptions();
            options.iceRestart = true;
            offer(options).whenComplete((offer, failure) -> {
                if (failure != null) {
                    result.completeExceptionally(failure);
                } else {
                    result.complete(offer);
                }
            });
        });
    }

    private CompletableFuture<SessionDescription> offer(RTCOfferOptions options) {
        return onControlFuture(MediaFailure.CREATE_OFFER_FAILURE, result -> connection.createOffer(options,
                Observers.created(this::onControl, result, MediaFailure.CREATE_OFFER_FAILURE, offer -> {
                    timeline.mark(Milestone.OFFER_CREATED);
                    setLocal(new RTCSessionDescription(RTCSdpType.OFFER, OfferSdp.munge(offer.sdp)), result);
                })));
    }

    /**
     * Answering side: applies the offer and its candidates, creates the answer, sets it locally and gathers. Fails
     * with a {@link MediaFailureException}: invalid remote SDP, no remote ICE candidate, set remote description,
     * create answer, set local description, ICE collection timeout.
     */
    public CompletableFuture<SessionDescription> answer(SessionDescription offer) {
        return onControlFuture(MediaFailure.SET_REMOTE_DESCRIPTION_FAILURE, result -> {
            requireUsable(offer);
            connection.setRemoteDescription(new RTCSessionDescription(RTCSdpType.OFFER, offer.sdp()),
                    Observers.set(this::onControl, result, MediaFailure.SET_REMOTE_DESCRIPTION_FAILURE, () -> {
                        remoteDescriptionApplied(offer.candidates());
                        connection.createAnswer(new RTCAnswerOptions(), Observers.created(this::onControl, result,
                                MediaFailure.CREATE_ANSWER_FAILURE, answer -> setLocal(answer, result)));
                    }));
        });
    }

    /**
     * Offering side: applies the answer and its candidates. Fails with a {@link MediaFailureException}: invalid
     * remote SDP, no remote ICE candidate, set remote description.
     */
    public CompletableFuture<Void> applyAnswer(SessionDescription answer) {
        return onControlFuture(MediaFailure.SET_REMOTE_DESCRIPTION_FAILURE, result -> {
            requireUsable(answer);
            connection.setRemoteDescription(new RTCSessionDescription(RTCSdpType.ANSWER, answer.sdp()),
                    Observers.set(this::onControl, result, MediaFailure.SET_REMOTE_DESCRIPTION_FAILURE, () -> {
                        remoteDescriptionApplied(answer.candidates());
                        result.complete(null);
                    }));
        });
    }

    /** Completes when ICE first connects; fails when ICE fails or the peer closes first. */
    public CompletableFuture<Void> iceConnected() {
        return iceConnected.copy();
    }

    /** Told every ICE connection state change, on the control thread. */
    public void addIceStateListener(Consumer<RTCIceConnectionState> listener) {
        iceStateListeners.add(listener);
    }

    public void addAudioListener(IncomingAudioListener listener) {
        incoming.add(listener);
    }

    public void removeAudioListener(IncomingAudioListener listener) {
        incoming.remove(listener);
    }

    /** What this side sends from the next frame on (silence until told otherwise). */
    public void play(PcmSource source) {
        outgoing.switchTo(source);
    }

    /** Muted, this side sends silence from the next frame on, whatever it plays. */
    public void setMuted(boolean mute) {
        muted = mute;
        if (pump == null) { // the device records by itself: a disabled track sends silence from its next frame
            onControl(() -> outgoingTrack.setEnabled(!muted));
        }
    }

    /** How this peer captures and plays its audio. */
    public AudioDevices audio() {
        return config.audio();
    }

    public boolean muted() {
        return muted;
    }

    public SessionTimeline timeline() {
        return timeline;
    }

    /** The call's numbers now. */
    public CompletableFuture<CallStatistics> statistics() {
        return onControlFuture(null, result -> connection.getStats(
                report -> onControl(() -> result.complete(StatisticsReader.read(report)))));
    }

    /**
     * Sends DTMF digits as RFC 4733 telephone-events (160 ms each, 70 ms apart). Completes with false when the call
     * cannot send them (not negotiated, not connected yet).
     */
    public CompletableFuture<Boolean> sendDtmf(String digits) {
        return onControlFuture(null, result -> {
            RTCDtmfSender dtmf = sender.getDtmfSender();
            result.complete(dtmf != null && dtmf.canInsertDtmf()
                    && dtmf.insertDtmf(digits, DTMF_TONE_MILLIS, DTMF_GAP_MILLIS));
        });
    }

    /**
     * Ends the call and frees its native side in the order that raises no error in webrtc-java 0.14.0, once: a
     * second call, from any thread, does nothing. Afterwards none of this peer's threads, native or not, is left.
     */
    @Override
    public void close() {
        Thread current = Thread.currentThread();
        if (current == ownThreads.get(0)) {
            tearDown();
            control.shutdown();
            audioThread.shutdown();
            return;
        }
        try {
            control.submit(this::tearDown).get();
        } catch (RejectedExecutionException alreadyShutDown) {
            // closed before, from the control thread
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            LOG.log(System.Logger.Level.WARNING, "Closing the media peer " + name() + " failed", e.getCause());
        }
        control.shutdown();
        audioThread.shutdown();
        awaitTermination(control);
        if (current != ownThreads.get(1)) { // a listener of incoming audio may close its peer too
            awaitTermination(audioThread);
        }
    }

    // ---- control thread from here on

    private void setLocal(RTCSessionDescription description, CompletableFuture<SessionDescription> result) {
        gathering.cancel();
        gathering = new CandidateGathering();
        connection.setLocalDescription(description,
                Observers.set(this::onControl, result, MediaFailure.SET_LOCAL_DESCRIPTION_FAILURE, () -> {
                    timeline.mark(Milestone.LOCAL_DESCRIPTION_SET);
                    localDescriptionSet = true;
                    addRemoteCandidatesWhenBothSet();
                    gathering.start(control, config.iceCollectionTimeout()).whenComplete((candidates, failure) -> {
                        if (failure != null) {
                            result.completeExceptionally(failure);
                        } else {
                            timeline.mark(Milestone.ICE_GATHERING_COMPLETE);
                            result.complete(new SessionDescription(description.sdp, candidates));
                        }
                    });
                }));
    }

    private static void requireUsable(SessionDescription remote) throws MediaFailureException {
        if (remote == null || remote.sdp() == null || remote.sdp().isBlank()) {
            throw new MediaFailureException(MediaFailure.INVALID_REMOTE_SDP, "the far end sent no SDP");
        }
        if (remote.candidates().isEmpty()) {
            throw new MediaFailureException(MediaFailure.NO_REMOTE_ICE_CANDIDATE, "the far end sent no candidate");
        }
        for (IceCandidate candidate : remote.candidates()) {
            if (candidate.candidate() == null || candidate.candidate().isBlank()
                    || candidate.sdpMid() == null && candidate.sdpMLineIndex() < 0) {
                throw new MediaFailureException(MediaFailure.SET_REMOTE_DESCRIPTION_FAILURE,
                        "a candidate without its line or its media section: " + candidate);
            }
        }
    }

    private void remoteDescriptionApplied(List<IceCandidate> candidates) throws MediaFailureException {
        timeline.mark(Milestone.REMOTE_DESCRIPTION_APPLIED);
        remoteDescriptionSet = true;
        remoteCandidates.addAll(candidates);
        addRemoteCandidatesWhenBothSet();
    }

    /** libwebrtc drops candidates given before both descriptions are set: they wait here till then. */
    private void addRemoteCandidatesWhenBothSet() throws MediaFailureException {
        if (!localDescriptionSet || !remoteDescriptionSet) {
            return;
        }
        for (IceCandidate candidate : remoteCandidates) {
            try {
                connection.addIceCandidate(
                        new RTCIceCandidate(candidate.sdpMid(), candidate.sdpMLineIndex(), candidate.candidate()));
            } catch (RuntimeException e) {
                throw new MediaFailureException(MediaFailure.SET_REMOTE_DESCRIPTION_FAILURE,
                        "the candidate " + candidate.candidate() + " was refused: " + e.getMessage());
            }
        }
        remoteCandidates.clear();
    }

    void onLocalCandidate(RTCIceCandidate candidate) {
        gathering.candidate(candidate);
    }

    void onCandidateError(int code, String text, String url) {
        LOG.log(System.Logger.Level.DEBUG, () -> name() + ": ICE candidate error " + code + " " + text + " " + url);
        gathering.error(code, text, url);
    }

    void onGatheringComplete() {
        gathering.complete();
    }

    void onIceConnectionState(RTCIceConnectionState state) {
        if (state == RTCIceConnectionState.CONNECTED || state == RTCIceConnectionState.COMPLETED) {
            timeline.mark(Milestone.ICE_CONNECTED);
            iceConnected.complete(null);
        } else if (state == RTCIceConnectionState.FAILED) {
            iceConnected.completeExceptionally(new IllegalStateException("ICE failed for " + name()));
        }
        for (Consumer<RTCIceConnectionState> listener : iceStateListeners) {
            try {
                listener.accept(state);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "An ICE state listener failed; the others go on", e);
            }
        }
    }

    void onRemoteTrack(AudioTrack track) {
        remoteTrack = track;
        track.addSink(incoming);
    }

    /**
     * Watches the first packets both ways. The first one sent starts outgoing audio (the crash workaround: stop the
     * device's recording, then push); the first one received is {@link Milestone#FIRST_AUDIO_RECEIVED} (the sink
     * cannot tell it: it gets frames of silence from before the first packet on).
     */
    void onConnected() {
        if (watchingFirstPackets) {
            return;
        }
        watchingFirstPackets = true;
        awaitFirstPackets(System.nanoTime() + FIRST_PACKET_LIMIT.toNanos());
    }

    private void awaitFirstPackets(long deadline) {
        connection.getStats(report -> onControl(() -> firstPacketsChecked(StatisticsReader.read(report), deadline)));
    }

    private void firstPacketsChecked(CallStatistics stats, long deadline) {
        if (!sending && stats.packetsSent() > 0) {
            sending = true;
            if (pump != null) {
                factory.audioDevice().stopRecording();
                pump.start();
            }
        }
        if (stats.packetsReceived() > 0) {
            timeline.mark(Milestone.FIRST_AUDIO_RECEIVED);
        }
        if (sending && stats.packetsReceived() > 0) {
            return;
        }
        if (System.nanoTime() - deadline < 0) {
            control.schedule(() -> onControl(() -> awaitFirstPackets(deadline)), STATS_POLL_MILLIS,
                    TimeUnit.MILLISECONDS);
        } else if (!sending) {
            LOG.log(System.Logger.Level.WARNING, name() + ": connected, but no packet sent within "
                    + FIRST_PACKET_LIMIT + "; this side stays silent (pushing now could crash the JVM)");
        } else {
            LOG.log(System.Logger.Level.WARNING, name() + ": no packet from the far end within " + FIRST_PACKET_LIMIT);
        }
    }

    private void tearDown() {
        if (closing) {
            return;
        }
        closing = true;
        closed = true;
        gathering.cancel();
        if (pump != null) {
            quietly("stop pushing audio", pump::close);
        }
        if (remoteTrack != null) {
            quietly("remove the sink", () -> remoteTrack.removeSink(incoming));
        }
        quietly("remove the track", () -> connection.removeTrack(sender));
        quietly("close the connection", connection::close);
        quietly("dispose the track", outgoingTrack::dispose);
        if (outgoingSource instanceof CustomAudioSource pushedSource) { // the device's own source has no dispose
            quietly("dispose the source", pushedSource::dispose);
        }
        if (factories == null) {
            quietly("dispose the factory", factory::close);
        } else {
            quietly("give the factory back", () -> factories.giveBack(factory, config.audio()));
        }
        IllegalStateException closedFirst = new IllegalStateException("The media peer " + name() + " was closed");
        iceConnected.completeExceptionally(closedFirst);
        pending.forEach(future -> future.completeExceptionally(closedFirst));
    }

    // ---- threads

    /** Runs {@code step} on the control thread unless the peer is closed; never throws on a native thread. */
    void onControl(Observers.Step step) {
        try {
            control.execute(() -> {
                if (closed) {
                    return;
                }
                try {
                    step.run();
                } catch (Exception | Error e) {
                    LOG.log(System.Logger.Level.WARNING, name() + ": a media callback failed", e);
                }
            });
        } catch (RejectedExecutionException closing) {
            // a late callback after close: nothing is left to tell
        }
    }

    /** Runs {@code work} on the control thread; what it throws fails the future as {@code thrown} (if given). */
    private <T> CompletableFuture<T> onControlFuture(MediaFailure thrown, Observers.Work<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        if (closed) {
            result.completeExceptionally(new IllegalStateException("The media peer " + name() + " is closed"));
            return result;
        }
        pending.add(result);
        result.whenComplete((value, failure) -> pending.remove(result));
        onControl(() -> {
            try {
                work.start(result);
            } catch (MediaFailureException e) {
                result.completeExceptionally(e);
            } catch (RuntimeException | Error e) { // webrtc-java throws Error for an SDP it cannot parse
                result.completeExceptionally(thrown == null ? e : new MediaFailureException(thrown, e.getMessage()));
            }
        });
        return result;
    }

    private void quietly(String what, Runnable step) {
        try {
            step.run();
        } catch (RuntimeException e) {
            LOG.log(System.Logger.Level.WARNING, name() + ": could not " + what + " while closing", e);
        }
    }

    private static void awaitTermination(ExecutorService executor) {
        try {
            if (!executor.awaitTermination(5, TimeUnit.SECONDS)) {
                LOG.log(System.Logger.Level.WARNING, "A media peer thread did not end within 5 s");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable task, String name, AtomicReferenceArray<Thread> threads, int index) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        threads.set(index, thread);
        return thread;
    }

    private static RTCConfiguration rtcConfiguration(AudioPeerConfig config) {
        RTCConfiguration rtc = new RTCConfiguration();
        rtc.iceTransportPolicy = RTCIceTransportPolicy.RELAY;
        rtc.bundlePolicy = RTCBundlePolicy.BALANCED;
        rtc.rtcpMuxPolicy = RTCRtcpMuxPolicy.REQUIRE;
        rtc.iceServers = new ArrayList<>();
        for (IceServer server : config.iceServers()) {
            RTCIceServer ice = new RTCIceServer();
            ice.urls = new ArrayList<>(server.urls());
            ice.username = server.username();
            ice.password = server.credential();
            rtc.iceServers.add(ice);
        }
        return rtc;
    }
}
