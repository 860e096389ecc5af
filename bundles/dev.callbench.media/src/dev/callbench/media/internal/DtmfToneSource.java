package dev.callbench.media.internal;

/**
 * Plays DTMF digits in-band, as the two tones of each key, then silence: a caller's phone pressing keys, for a line
 * whose far end does not send telephone-events.
 */
public final class DtmfToneSource implements PcmSource {

    private final String digits;
    private final int toneSamples;
    private final int gapSamples;
    private final double amplitude;
    private long position;

    /**
     * @param digits 0-9, *, #, A-D
     * @param toneMillis how long each digit sounds (40 ms at the least)
     * @param gapMillis the silence after each digit
     */
    public DtmfToneSource(String digits, int toneMillis, int gapMillis) {
        for (char digit : digits.toCharArray()) {
            if (DtmfKeys.indexOf(digit) < 0) {
                throw new IllegalArgumentException("'" + digit + "' is no DTMF key (0-9, *, #, A-D)");
            }
        }
        if (toneMillis < 40 || gapMillis < 0) {
            throw new IllegalArgumentException("A DTMF digit sounds 40 ms at the least, and the gap cannot be negative");
        }
        this.digits = digits;
        this.toneSamples = PcmFormat.SAMPLE_RATE / 1000 * toneMillis;
        this.gapSamples = PcmFormat.SAMPLE_RATE / 1000 * gapMillis;
        this.amplitude = 0.25 * Short.MAX_VALUE; // each tone; both together stay 6 dB under full scale
    }

    @Override
    public void fill(short[] frame) {
        int period = toneSamples + gapSamples;
        for (int i = 0; i < frame.length; i++, position++) {
            int digit = (int) (position / period);
            int within = (int) (position % period);
            if (digit >= digits.length() || within >= toneSamples) {
                frame[i] = 0;
                continue;
            }
            char key = digits.charAt(digit);
            double t = (double) within / PcmFormat.SAMPLE_RATE;
            frame[i] = (short) Math.round(amplitude * (Math.sin(2 * Math.PI * DtmfKeys.rowFrequency(key) * t)
                    + Math.sin(2 * Math.PI * DtmfKeys.columnFrequency(key) * t)));
        }
    }
}
