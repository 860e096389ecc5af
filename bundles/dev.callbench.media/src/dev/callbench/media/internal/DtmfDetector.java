package dev.callbench.media.internal;

import java.util.function.Consumer;

/**
 * Hears DTMF digits in received audio: two-frequency Goertzel detection over the last 30 ms (bins 33 Hz wide,
 * narrower than the 73 Hz between the closest DTMF rows), looked at every 10 ms: a digit
 * of 40 ms is heard, and so is another digit after a gap of 40 ms. The same digit again needs a gap of 50 ms: a
 * shorter break inside one digit is a drop-out (a jitter buffer running dry on a loaded machine), not a second
 * press.
 * <p>
 * In-band, on purpose: webrtc-java 0.14.0 sends RFC 4733 telephone-events ({@code RTCDtmfSender}) but gives no way to
 * observe received ones: no callback, no stats counter. Its receiving side (NetEq) plays a received telephone-event
 * out as the two tones instead, so detecting them in the audio hears both an {@code insertDtmf} and a caller who
 * plays the tones into the line, the way a phone network would pass them.
 */
public final class DtmfDetector implements IncomingAudioListener {

    private static final int WINDOW = PcmFormat.SAMPLE_RATE * 30 / 1000;
    /**
     * Looks in a row that must agree. One: NetEq plays a received 100 ms telephone-event out as little as 50 ms of
     * tone with soft edges at times (measured in the suite), which leaves a single clean look for the digit; the pair,
     * twist and runner-up checks alone heard no digit in 14 s of espeak-ng speech or in the shipped hold music.
     */
    private static final int LOOKS_TO_CONFIRM = 1;
    /**
     * Clear looks in a row after which the same key counts as pressed again: a window holding 10 ms of a key or less
     * is already clear, so a gap of N times 10 ms gives N clear looks.
     */
    private static final int CLEAR_LOOKS_TO_RELEASE = 5;
    private static final double MIN_DBFS = -45;
    /** Both tones together hold most of the energy: speech and music rarely do. */
    private static final double MIN_PAIR_SHARE = 0.6;
    /** The weaker tone at most 8 dB under the stronger (the twist a telephone network allows). */
    private static final double MAX_TWIST = 0.16;
    /** The second-strongest row (or column) well under the strongest. */
    private static final double MAX_RUNNER_UP = 0.25;

    private final Consumer<Character> onDigit;
    private final StringBuilder heard = new StringBuilder();
    private final short[] window = new short[WINDOW];
    private final short[] ordered = new short[WINDOW];
    private int filled;
    private int next;
    private char candidate;
    private int agreeing;
    private int clear;
    private boolean reported;

    /** @param onDigit told each digit once, on the peer's audio thread */
    public DtmfDetector(Consumer<Character> onDigit) {
        this.onDigit = onDigit;
    }

    public DtmfDetector() {
        this(digit -> {
        });
    }

    /** The digits heard so far, in order. */
    public synchronized String digits() {
        return heard.toString();
    }

    @Override
    public void onAudio(short[] frame) {
        for (short sample : frame) {
            window[next] = sample;
            next = (next + 1) % WINDOW;
        }
        filled = Math.min(WINDOW, filled + frame.length);
        if (filled == WINDOW) {
            System.arraycopy(window, next, ordered, 0, WINDOW - next);
            System.arraycopy(window, 0, ordered, WINDOW - next, next);
            looked(keyIn(ordered));
        }
    }

    private void looked(char key) {
        if (key == 0) {
            agreeing = 0;
            if (++clear >= CLEAR_LOOKS_TO_RELEASE) {
                candidate = 0;
                reported = false;
            }
            return;
        }
        clear = 0;
        if (key != candidate) {
            candidate = key;
            agreeing = 0;
            reported = false;
        }
        if (++agreeing >= LOOKS_TO_CONFIRM && !reported) {
            reported = true;
            synchronized (this) {
                heard.append(key);
            }
            onDigit.accept(key);
        }
    }

    /** The key whose two tones these samples hold, or 0. */
    static char keyIn(short[] samples) {
        if (PcmFormat.levelDbfs(samples, 0, samples.length) < MIN_DBFS) {
            return 0;
        }
        int row = strongest(samples, DtmfKeys.ROWS);
        int column = strongest(samples, DtmfKeys.COLUMNS);
        if (row < 0 || column < 0) {
            return 0;
        }
        double rowShare = share(samples, DtmfKeys.ROWS[row]);
        double columnShare = share(samples, DtmfKeys.COLUMNS[column]);
        boolean pair = rowShare + columnShare >= MIN_PAIR_SHARE
                && Math.min(rowShare, columnShare) >= MAX_TWIST * Math.max(rowShare, columnShare);
        return pair ? DtmfKeys.key(row, column) : 0;
    }

    /** The index of the clearly strongest of {@code frequencies}, or -1 when none stands out. */
    private static int strongest(short[] samples, double[] frequencies) {
        int best = -1;
        double bestShare = 0;
        double runnerUp = 0;
        for (int i = 0; i < frequencies.length; i++) {
            double share = share(samples, frequencies[i]);
            if (share > bestShare) {
                runnerUp = bestShare;
                bestShare = share;
                best = i;
            } else if (share > runnerUp) {
                runnerUp = share;
            }
        }
        return runnerUp <= MAX_RUNNER_UP * bestShare ? best : -1;
    }

    private static double share(short[] samples, double frequency) {
        return Goertzel.share(samples, 0, samples.length, frequency, PcmFormat.SAMPLE_RATE);
    }
}
