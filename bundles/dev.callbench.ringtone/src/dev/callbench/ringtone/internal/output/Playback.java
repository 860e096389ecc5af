package dev.callbench.ringtone.internal.output;

import java.io.IOException;

/** A stream of 16-bit mono PCM to one output device, used by one thread. */
public interface Playback {

    /** Queues {@code length} samples; blocks at most for about one buffer of audio (40 ms). */
    void write(short[] samples, int length) throws IOException;

    /** Stops the sound at once: what is queued is dropped, not played. The stream is closed afterwards. */
    void stopNow();

    /** Plays what is queued to its end, then closes the stream. */
    void finish();
}
