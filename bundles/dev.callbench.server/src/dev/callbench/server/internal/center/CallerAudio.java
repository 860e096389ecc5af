package dev.callbench.server.internal.center;

import java.util.List;

/**
 * What a simulated caller sends once the agent is cut through, and the tones the media endpoint listens for in the
 * agent's audio.
 *
 * @param toneHz a test tone of this frequency; null: the caller's recorded sentence
 * @param listenForHz the frequencies told apart in what the agent sends
 */
public record CallerAudio(Integer toneHz, List<Integer> listenForHz) {

    public static final List<Integer> DEFAULT_LISTEN_FOR_HZ = List.of(1000);
    /** The caller's recording, and the agent listened to for a 1000 Hz test tone. */
    public static final CallerAudio RECORDING = new CallerAudio(null, DEFAULT_LISTEN_FOR_HZ);

    public CallerAudio {
        listenForHz = List.copyOf(listenForHz);
        if (listenForHz.isEmpty()) {
            throw new IllegalArgumentException("The media endpoint needs at least one frequency to listen for");
        }
    }

    public boolean recording() {
        return toneHz == null;
    }
}
