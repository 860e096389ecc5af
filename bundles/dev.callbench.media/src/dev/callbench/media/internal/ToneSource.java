package dev.callbench.media.internal;

/** A sine tone of one frequency, continuous in phase from frame to frame. */
public final class ToneSource implements PcmSource {

    private final double frequency;
    private final double amplitude;
    private double phase;

    /**
     * @param frequency in Hz, below half the sample rate
     * @param level peak amplitude as a fraction of full scale, 0 to 1
     */
    public ToneSource(double frequency, double level) {
        if (frequency <= 0 || frequency >= PcmFormat.SAMPLE_RATE / 2.0) {
            throw new IllegalArgumentException("A tone needs a frequency between 0 and 24000 Hz, not " + frequency);
        }
        if (level < 0 || level > 1) {
            throw new IllegalArgumentException("A tone's level is a fraction of full scale, 0 to 1, not " + level);
        }
        this.frequency = frequency;
        this.amplitude = level * Short.MAX_VALUE;
    }

    public double frequency() {
        return frequency;
    }

    @Override
    public void fill(short[] frame) {
        double step = 2 * Math.PI * frequency / PcmFormat.SAMPLE_RATE;
        for (int i = 0; i < frame.length; i++) {
            frame[i] = (short) Math.round(amplitude * Math.sin(phase));
            phase += step;
        }
        phase %= 2 * Math.PI;
    }
}
