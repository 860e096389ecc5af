package dev.callbench.media.internal;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Headless factories kept warm between calls: a call takes one for itself alone (two calls on one factory crash
 * libwebrtc 0.14.0) and gives it back when its peer is closed, so that the next call does not pay for a new
 * factory and its audio device, nor leak what disposing one leaks (about 2 MiB a call against 0.35 MiB for a kept
 * one, measured with webrtc-java 0.14.0). At most {@code idleLimit} wait; more are disposed. Factories on the
 * system's devices are never kept: each call opens its own device streams.
 */
public final class MediaFactoryPool implements AutoCloseable {

    private final int idleLimit;
    private final Deque<MediaFactory> idle = new ArrayDeque<>();
    private boolean closed;

    public MediaFactoryPool(int idleLimit) {
        this.idleLimit = idleLimit;
    }

    synchronized MediaFactory take(AudioDevices devices) throws MediaFailureException {
        if (devices == AudioDevices.HEADLESS && !idle.isEmpty()) {
            return idle.pop();
        }
        return MediaFactory.open(devices);
    }

    /** A factory whose peer is closed, for the next call; disposed when it cannot be kept. */
    void giveBack(MediaFactory factory, AudioDevices devices) {
        synchronized (this) {
            if (!closed && devices == AudioDevices.HEADLESS && idle.size() < idleLimit) {
                idle.push(factory);
                return;
            }
        }
        factory.close();
    }

    /** Disposes the factories that wait; those in calls are disposed when given back. */
    @Override
    public void close() {
        Deque<MediaFactory> waiting;
        synchronized (this) {
            closed = true;
            waiting = new ArrayDeque<>(idle);
            idle.clear();
        }
        waiting.forEach(MediaFactory::close);
    }
}
