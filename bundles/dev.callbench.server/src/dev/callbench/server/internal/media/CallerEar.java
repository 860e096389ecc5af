package dev.callbench.server.internal.media;

import java.util.List;

import dev.callbench.media.internal.IncomingAudioListener;
import dev.callbench.media.internal.MixingSource;
import dev.callbench.media.internal.PcmFormat;
import dev.callbench.media.internal.PcmSource;
import dev.callbench.media.internal.ToneDetector;
import dev.callbench.media.internal.ToneReading;

/**
 * What the simulated caller hears, frame by frame, clocked by the agent's incoming audio (every 10 ms): the agent once
 * cut through (with the others the caller hears beside them: a supervisor who barged in, the other agents of a
 * conference), hold music while on hold, nothing while the call rings. It keeps the level of the last frame and
 * listens for the call's tones in the last 100 ms.
 */
final class CallerEar implements IncomingAudioListener {

    enum Hears {
        NOTHING("nothing"), AGENT("agent"), HOLD_MUSIC("holdMusic");

        private final String wire;

        Hears(String wire) {
            this.wire = wire;
        }

        String wire() {
            return wire;
        }
    }

    private static final int TONE_WINDOW_MILLIS = 100;
    /** A tone holding this share of what the caller hears is heard, also beside another voice (each about half). */
    private static final double HEARD_SHARE = 0.2;

    private final PcmSource holdMusic;
    private final List<Integer> listenForHz;
    private final ToneDetector tones;
    private final short[] heard = PcmFormat.newFrame();
    private final short[] besides = PcmFormat.newFrame();
    private volatile Hears hears = Hears.NOTHING;
    private volatile PcmSource others = PcmSource.silence();
    private volatile double levelDbfs = Double.NEGATIVE_INFINITY;

    CallerEar(PcmSource holdMusic, List<Integer> listenForHz) {
        this.holdMusic = holdMusic;
        this.listenForHz = List.copyOf(listenForHz);
        this.tones = new ToneDetector(TONE_WINDOW_MILLIS, listenForHz.stream().mapToDouble(Integer::doubleValue)
                .toArray());
    }

    /** @param alsoHeard the voices the caller hears beside this leg's agent while cut through */
    void hear(Hears next, List<PcmSource> alsoHeard) {
        hears = next;
        others = alsoHeard.isEmpty() ? PcmSource.silence() : new MixingSource(alsoHeard.toArray(PcmSource[]::new));
    }

    Hears hears() {
        return hears;
    }

    double levelDbfs() {
        return levelDbfs;
    }

    /** The frequencies listened for that the caller hears now, each alone or beside another voice. */
    List<Integer> tonesHz() {
        ToneReading reading = tones.reading();
        return reading.silent() ? List.of()
                : listenForHz.stream().filter(hz -> reading.shares().getOrDefault(hz.doubleValue(), 0.0) >= HEARD_SHARE)
                        .toList();
    }

    @Override
    public synchronized void onAudio(short[] agentFrame) {
        switch (hears) {
            case NOTHING -> java.util.Arrays.fill(heard, (short) 0);
            case AGENT -> {
                others.fill(besides);
                for (int i = 0; i < heard.length; i++) {
                    int sum = (i < agentFrame.length ? agentFrame[i] : 0) + besides[i];
                    heard[i] = (short) Math.clamp(sum, Short.MIN_VALUE, Short.MAX_VALUE);
                }
            }
            case HOLD_MUSIC -> holdMusic.fill(heard);
        }
        tones.onAudio(heard);
        levelDbfs = PcmFormat.levelDbfs(heard, 0, heard.length);
    }
}
