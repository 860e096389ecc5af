package dev.callbench.media.internal;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

import dev.onvoid.webrtc.media.audio.CustomAudioSource;

/**
 * The one thread that pushes outgoing audio into libwebrtc, 10 ms every 10 ms, from a {@link PcmSource}. One thread
 * only, and only once the call sends (see {@link AudioPeer}): pushing from two threads, or before the send stream runs,
 * aborts the JVM in webrtc-java 0.14.0.
 */
final class AudioPump {

    private static final System.Logger LOG = System.getLogger(AudioPump.class.getName());
    private static final long FRAME_NANOS = TimeUnit.MILLISECONDS.toNanos(PcmFormat.FRAME_MILLIS);
    /** Further behind than this (a stalled machine) the pump starts afresh rather than bursting to catch up. */
    private static final long MAX_LAG_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final CustomAudioSource target;
    private final PcmSource source;
    private final BooleanSupplier muted;
    private final Thread thread;
    private volatile boolean running = true;

    AudioPump(String name, CustomAudioSource target, PcmSource source, BooleanSupplier muted) {
        this.target = target;
        this.source = source;
        this.muted = muted;
        this.thread = new Thread(this::run, name);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Stops the thread and waits for it: afterwards nothing pushes into {@code target} any more. */
    void close() {
        running = false;
        if (thread.isAlive()) {
            LockSupport.unpark(thread);
            boolean interrupted = false;
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void run() {
        short[] frame = PcmFormat.newFrame();
        short[] silence = PcmFormat.newFrame();
        byte[] bytes = new byte[2 * PcmFormat.FRAME_SAMPLES];
        long next = System.nanoTime();
        boolean sourceFailed = false;
        while (running) {
            try {
                source.fill(frame); // also while muted, so that a recording plays on in time underneath
            } catch (RuntimeException e) {
                if (!sourceFailed) {
                    LOG.log(System.Logger.Level.WARNING, "Outgoing audio failed, silence instead: " + e, e);
                }
                sourceFailed = true;
                java.util.Arrays.fill(frame, (short) 0);
            }
            PcmFormat.toLittleEndian(muted.getAsBoolean() ? silence : frame, bytes);
            target.pushAudio(bytes, PcmFormat.BITS_PER_SAMPLE, PcmFormat.SAMPLE_RATE, 1, PcmFormat.FRAME_SAMPLES);
            next += FRAME_NANOS;
            long wait = next - System.nanoTime();
            if (wait > 0) {
                LockSupport.parkNanos(wait); // pacing to the audio clock, not waiting for anything
            } else if (wait < -MAX_LAG_NANOS) {
                next = System.nanoTime();
            }
        }
    }
}
