package dev.callbench.softphone.engine.internal.rtc;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

import dev.callbench.media.internal.IncomingAudioListener;
import dev.callbench.media.internal.ToneDetector;
import dev.callbench.media.internal.ToneReading;

/**
 * Listens for a few tones in what the agent hears and tells when the tone heard changes (a tone starts, another
 * takes over, silence). The window is short (40 ms, enough to tell tones 25 Hz apart) so that the moment the caller
 * is cut through is known within a few frames.
 */
final class HeardTones implements IncomingAudioListener {

    private static final int WINDOW_MILLIS = 40;

    private final ToneDetector detector;
    private final Consumer<Optional<Double>> changed;
    private Optional<Double> heard = Optional.empty();

    HeardTones(double[] frequencies, Consumer<Optional<Double>> changed) {
        this.detector = new ToneDetector(WINDOW_MILLIS, frequencies);
        this.changed = changed;
    }

    @Override
    public void onAudio(short[] frame) {
        detector.onAudio(frame);
        Optional<Double> now = detector.reading().tone();
        if (!Objects.equals(now, heard)) {
            heard = now;
            changed.accept(now);
        }
    }

    ToneReading reading() {
        return detector.reading();
    }
}
