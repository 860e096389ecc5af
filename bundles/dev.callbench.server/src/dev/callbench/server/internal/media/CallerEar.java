package dev.callbench.server.internal.media;

import dev.callbench.media.internal.IncomingAudioListener;
import dev.callbench.media.internal.PcmFormat;
import dev.callbench.media.internal.PcmSource;

/**
 * What the simulated caller hears, frame by frame, clocked by the agent's incoming audio (every 10 ms): the agent once
 * cut through, hold music while on hold, nothing while the call rings. It keeps the level of the last frame.
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

    private final PcmSource holdMusic;
    private final short[] music = PcmFormat.newFrame();
    private volatile Hears hears = Hears.NOTHING;
    private volatile double levelDbfs = Double.NEGATIVE_INFINITY;

    CallerEar(PcmSource holdMusic) {
        this.holdMusic = holdMusic;
    }

    void hear(Hears next) {
        hears = next;
    }

    Hears hears() {
        return hears;
    }

    double levelDbfs() {
        return levelDbfs;
    }

    @Override
    public void onAudio(short[] agentFrame) {
        levelDbfs = switch (hears) {
            case NOTHING -> Double.NEGATIVE_INFINITY;
            case AGENT -> PcmFormat.levelDbfs(agentFrame, 0, agentFrame.length);
            case HOLD_MUSIC -> {
                holdMusic.fill(music);
                yield PcmFormat.levelDbfs(music, 0, music.length);
            }
        };
    }
}
