package dev.callbench.media.internal;

import java.util.Map;
import java.util.Optional;

/**
 * What a {@link ToneDetector} heard over its last window: the level, and for each frequency it listens for, the share
 * of the window's energy at that frequency.
 *
 * @param levelDbfs RMS level, dB relative to full scale ({@code -Infinity} for digital silence)
 * @param shares frequency in Hz to its share of the energy, 0 to about 1
 */
public record ToneReading(double levelDbfs, Map<Double, Double> shares) {

    /** Below this the window counts as silence: Opus' noise floor on a muted line lies far under it. */
    public static final double SILENCE_DBFS = -50;
    /** A tone counts as heard when it holds at least this share of the energy ... */
    public static final double TONE_SHARE = 0.6;
    /** ... and every other frequency listened for at most this share: the margin between heard and not heard. */
    public static final double OTHER_SHARE = 0.1;

    public ToneReading {
        shares = Map.copyOf(shares);
    }

    public boolean silent() {
        return levelDbfs < SILENCE_DBFS;
    }

    /** The frequency listened for that this window is a tone of, with the margins above; empty otherwise. */
    public Optional<Double> tone() {
        if (silent()) {
            return Optional.empty();
        }
        Optional<Map.Entry<Double, Double>> loudest = shares.entrySet().stream().max(Map.Entry.comparingByValue());
        return loudest.filter(l -> l.getValue() >= TONE_SHARE)
                .filter(l -> shares.entrySet().stream()
                        .allMatch(other -> other.getKey().equals(l.getKey()) || other.getValue() <= OTHER_SHARE))
                .map(Map.Entry::getKey);
    }

    /** True when the window is a tone of {@code frequency} (one of those listened for). */
    public boolean hears(double frequency) {
        return tone().filter(t -> t == frequency).isPresent();
    }

    @Override
    public String toString() {
        return String.format("%.1f dBFS, shares %s", levelDbfs, shares);
    }
}
