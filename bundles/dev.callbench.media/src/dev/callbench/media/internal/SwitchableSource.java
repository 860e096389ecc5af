package dev.callbench.media.internal;

/**
 * Plays whichever source it was last switched to: the caller's side goes from silence to a recording to hold music in
 * the same call, with no renegotiation. The switch takes effect at the next frame.
 */
public final class SwitchableSource implements PcmSource {

    private volatile PcmSource current;

    public SwitchableSource(PcmSource first) {
        current = first;
    }

    public void switchTo(PcmSource next) {
        current = java.util.Objects.requireNonNull(next, "source");
    }

    public PcmSource current() {
        return current;
    }

    @Override
    public void fill(short[] frame) {
        current.fill(frame);
    }
}
