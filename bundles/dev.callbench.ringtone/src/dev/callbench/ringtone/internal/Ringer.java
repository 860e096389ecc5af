package dev.callbench.ringtone.internal;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.callbench.ringtone.internal.output.AudioOutput;
import dev.callbench.ringtone.internal.output.AudioUnavailableException;
import dev.callbench.ringtone.internal.output.Playback;

/**
 * One ringer: at most one sound at a time, played on a thread of its own, so that whoever asks for a ring (the event
 * bus's threads) never waits for audio. {@link #ring} and {@link #stopRinging} only leave word for that thread and wake
 * it. The thread writes 10 ms frames, never more than {@link #LEAD_MILLIS} ahead of the clock, and waits between them
 * where a ring or a stop wakes it at once; the output then drops what is queued ({@link Playback#stopNow()}).
 * <p>
 * When no sound can be played, the ringer says so once ({@code problems}: a sentence for the agent; the technical
 * detail goes to the log) and stays quiet about it until a sound played again. Nothing is thrown.
 */
final class Ringer implements AutoCloseable {

    /** Chooses the output when one is needed, on the ringer's thread; {@link #open} takes it from there. */
    interface Outputs {
        AudioOutput choose() throws AudioUnavailableException;
    }

    private static final Logger LOG = LoggerFactory.getLogger(Ringer.class);
    static final int FRAME_SAMPLES = Sound.SAMPLE_RATE / 100;
    /**
     * How far ahead of the clock the thread writes: enough that a busy machine does not starve the sound server (40 ms
     * gave audible gaps while a build ran), and no cost for stopping, since the outputs drop what is queued.
     */
    static final int LEAD_MILLIS = 100;

    private final Outputs outputs;
    private final String device;
    private final Consumer<AudioUnavailableException> problems;
    private final Thread thread;
    private volatile Request ring;
    private final AtomicReference<Sound> beep = new AtomicReference<>();
    private volatile Sound playing;
    private volatile boolean closed;
    private final AtomicInteger unplayed = new AtomicInteger();
    // the thread's own
    private AudioOutput output;
    private boolean warned;

    /**
     * @param outputs where sound goes
     * @param device the device to play on; empty: the default
     * @param problems told once when no sound can be played (again after a sound played in between)
     */
    Ringer(Outputs outputs, String device, Consumer<AudioUnavailableException> problems) {
        this.outputs = outputs;
        this.device = device;
        this.problems = problems;
        this.thread = new Thread(this::run, "callbench-ringer");
        thread.setDaemon(true);
        thread.start();
    }

    /** One call for a ring (equal to itself only): the same sound asked for again after a stop is tried again. */
    private static final class Request {
        private final Sound sound;

        Request(Sound sound) {
            this.sound = sound;
        }

        Sound sound() {
            return sound;
        }
    }

    /** Rings {@code sound} over and over, instead of whatever plays; nothing changes if it rings already. */
    void ring(Sound sound) {
        Request current = ring;
        if (current == null || current.sound() != sound) {
            ring = new Request(sound);
            LockSupport.unpark(thread);
        }
    }

    /** Stops the ring at once; a beep plays to its end. */
    void stopRinging() {
        if (ring != null) {
            ring = null;
            LockSupport.unpark(thread);
        }
    }

    /** Plays {@code sound} once, unless a ring plays (a ring starting meanwhile cuts it short). */
    void beep(Sound sound) {
        beep.set(sound);
        LockSupport.unpark(thread);
    }

    /** How many sounds could not be played since the ringer started. */
    int unplayed() {
        return unplayed.get();
    }

    /** What plays now; {@code null} in silence (and while no sound can be played). */
    Sound playing() {
        return playing;
    }

    @Override
    public void close() {
        closed = true;
        LockSupport.unpark(thread);
        try {
            thread.join(TimeUnit.SECONDS.toMillis(5));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        while (!closed) {
            Request wanted = ring;
            Sound beeping = wanted == null ? beep.getAndSet(null) : null;
            if (wanted != null) {
                play(wanted.sound(), wanted);
            } else if (beeping != null) {
                play(beeping, null);
            } else {
                LockSupport.park(this);
            }
        }
    }

    /** Plays {@code sound} until it ends or something else is wanted; {@code request} is the ring's, null for a beep. */
    private void play(Sound sound, Request request) {
        Playback playback = open();
        if (playback == null) {
            unplayed.incrementAndGet();
            waitForChange(request);
            return;
        }
        playing = sound;
        short[] frame = new short[FRAME_SAMPLES];
        long written = 0;
        long start = System.nanoTime();
        try {
            while (!closed && wanted(request)) {
                long ahead = written * 1_000_000_000L / Sound.SAMPLE_RATE - (System.nanoTime() - start);
                long tooMuch = ahead - TimeUnit.MILLISECONDS.toNanos(LEAD_MILLIS);
                if (tooMuch > 0) {
                    LockSupport.parkNanos(this, tooMuch); // pacing; ring() and stopRinging() wake it at once
                    continue;
                }
                int n = sound.fill(frame, written);
                if (n == 0) {
                    playback.finish();
                    return;
                }
                playback.write(frame, n);
                written += n;
            }
            playback.stopNow();
        } catch (IOException e) {
            playback.stopNow();
            unplayed.incrementAndGet();
            tell(new AudioUnavailableException(AudioUnavailableException.Kind.NO_DEVICE,
                    output.name() + " stopped playing: " + e.getMessage(), e));
            output = null; // choose again for the next sound
            waitForChange(request);
        } finally {
            playing = null;
        }
    }

    /** A ring is wanted while it is the request; a beep, as long as no ring comes. */
    private boolean wanted(Request request) {
        return ring == request;
    }

    /** A ring that could not be played is not tried again until another is asked for (a beep is dropped). */
    private void waitForChange(Request request) {
        while (!closed && request != null && ring == request) {
            LockSupport.park(this);
        }
    }

    private Playback open() {
        try {
            if (output == null) {
                output = outputs.choose();
                LOG.info("The ringer plays through {}", output.name());
            }
            Playback playback = output.open(device, Sound.SAMPLE_RATE);
            warned = false;
            return playback;
        } catch (AudioUnavailableException e) {
            output = null;
            tell(e);
            return null;
        } catch (RuntimeException e) { // a sound system's own failure: the ring stays silent, nothing else breaks
            output = null;
            tell(new AudioUnavailableException(AudioUnavailableException.Kind.NO_DEVICE, e.toString(), e));
            return null;
        }
    }

    private void tell(AudioUnavailableException problem) {
        if (warned) {
            LOG.debug("Still no sound for the ringer: {}", problem.getMessage());
            return;
        }
        warned = true;
        LOG.warn("The ringer cannot play: {}", problem.getMessage(), problem);
        problems.accept(problem);
    }
}
