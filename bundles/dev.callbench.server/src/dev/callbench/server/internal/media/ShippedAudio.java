package dev.callbench.server.internal.media;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import dev.callbench.media.internal.WavFileSource;

/**
 * The recordings this bundle ships in {@code media/}, read once and played by each call from its own start.
 * <p>
 * {@code caller-recording.wav}: {@code espeak-ng -v en-us -s 150 -w raw.wav "Hello, I am calling about my order. It
 * has not arrived yet. Can you help me, please?"}, then {@code sox raw.wav -r 16000 -c 1 -b 16
 * caller-recording.wav} (6.8 s; {@link WavFileSource} resamples to 48 kHz).
 * <p>
 * {@code hold-music.wav}: {@code sox -n -r 16000 -c 1 -b 16 hold-music.wav synth 0.3 pluck C4 : synth 0.3 pluck E4 :
 * ...} over C4 E4 G4 C5 G4 E4 D4 F4 A4 D5 A4 F4, then {@code gain -n -12} (3.6 s, looped).
 */
final class ShippedAudio {

    private static final byte[] CALLER_RECORDING = read("media/caller-recording.wav");
    private static final byte[] HOLD_MUSIC = read("media/hold-music.wav");

    private ShippedAudio() {
    }

    /** The caller's sentence, over and over: a caller who keeps talking while the agent listens. */
    static WavFileSource callerRecording() {
        return source(CALLER_RECORDING, "caller-recording.wav");
    }

    static WavFileSource holdMusic() {
        return source(HOLD_MUSIC, "hold-music.wav");
    }

    private static WavFileSource source(byte[] wav, String name) {
        try {
            return WavFileSource.of(wav, name, true);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(String resource) {
        try (InputStream in = ShippedAudio.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The bundle lacks its resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
