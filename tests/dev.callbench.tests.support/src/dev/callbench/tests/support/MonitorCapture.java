package dev.callbench.tests.support;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import dev.callbench.media.internal.Goertzel;
import dev.callbench.media.internal.PcmFormat;

/**
 * What one sink plays, recorded from its monitor by a {@code parec} child of the test (16-bit mono, 48 kHz, 10 ms
 * latency), all of it kept in memory with the time each piece arrived. A null sink is clocked: it gives silence while
 * nothing plays, so sample positions are a time line.
 */
public final class MonitorCapture implements AutoCloseable {

    public static final int RATE = PcmFormat.SAMPLE_RATE;
    /** Louder than this a sample is sound: digital silence is 0, the ringtones reach thousands. */
    public static final int LOUD = 200;

    private final String sink;
    private final Process parec;
    private final Thread reader;
    private short[] samples = new short[RATE * 10];
    private long[] arrivals = new long[1024]; // nanoTime at which the samples up to ends[i] had arrived
    private long[] ends = new long[1024];
    private int pieces;
    private int length;

    private MonitorCapture(String sink, Process parec) {
        this.sink = sink;
        this.parec = parec;
        this.reader = new Thread(this::read, "capture-" + sink);
        reader.setDaemon(true);
        reader.start();
    }

    public static MonitorCapture of(PulseAudioServer server, String sink) throws IOException {
        Process parec = new ProcessBuilder("parec", "--server=" + server.address(), "--device=" + sink + ".monitor",
                "--raw", "--format=s16le", "--rate=" + RATE, "--channels=1", "--latency-msec=10")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        MonitorCapture capture = new MonitorCapture(sink, parec);
        long start = capture.position();
        Wait.until(sink + ".monitor delivers audio", () -> capture.position() > start + RATE / 10,
                PulseAudioServer.START);
        return capture;
    }

    private void read() {
        byte[] buffer = new byte[1920];
        try (InputStream in = parec.getInputStream()) {
            int odd = -1;
            for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                long now = System.nanoTime();
                synchronized (this) {
                    int i = 0;
                    if (odd >= 0) {
                        append((short) (odd | buffer[0] << 8));
                        odd = -1;
                        i = 1;
                    }
                    for (; i + 1 < n; i += 2) {
                        append((short) (buffer[i] & 0xFF | buffer[i + 1] << 8));
                    }
                    if (i < n) {
                        odd = buffer[i] & 0xFF;
                    }
                    if (pieces == arrivals.length) {
                        arrivals = Arrays.copyOf(arrivals, pieces * 2);
                        ends = Arrays.copyOf(ends, pieces * 2);
                    }
                    arrivals[pieces] = now;
                    ends[pieces++] = length;
                }
            }
        } catch (IOException e) {
            // parec was stopped
        }
    }

    private void append(short sample) {
        if (length == samples.length) {
            samples = Arrays.copyOf(samples, length * 2);
        }
        samples[length++] = sample;
    }

    /** How many samples have arrived. */
    public synchronized long position() {
        return length;
    }

    /** The samples from {@code from} to {@code to} (as far as they have arrived). */
    public synchronized short[] samples(long from, long to) {
        return Arrays.copyOfRange(samples, (int) from, (int) Math.min(to, length));
    }

    /** The first sample that arrived after {@code nanoTime}. */
    public synchronized long positionAt(long nanoTime) {
        for (int i = 0; i < pieces; i++) {
            if (arrivals[i] - nanoTime >= 0) {
                return i == 0 ? 0 : ends[i - 1];
            }
        }
        return length;
    }

    /** When the piece that carried sample {@code index} arrived. */
    public synchronized long arrivedAt(long index) {
        for (int i = 0; i < pieces; i++) {
            if (ends[i] > index) {
                return arrivals[i];
            }
        }
        throw new IllegalArgumentException("sample " + index + " has not arrived");
    }

    /** Waits until the monitor has delivered {@code samples} samples past {@code from}. */
    public void awaitPosition(long from, long samples, Duration limit) {
        Wait.until(sink + " recorded " + samples * 1000 / RATE + " ms", () -> position() >= from + samples, limit);
    }

    /** The start of the first 100 ms window from {@code from} on in which all {@code frequencies} sound together. */
    public long awaitTones(long from, Duration limit, double... frequencies) {
        long[] next = { from };
        return Wait.forValue(sink + " plays " + Arrays.toString(frequencies) + " Hz", () -> {
            for (; next[0] + RATE / 10 <= position(); next[0] += RATE / 100) {
                if (holds(samples(next[0], next[0] + RATE / 10), frequencies)) {
                    return Optional.of(next[0]);
                }
            }
            return Optional.empty();
        }, limit);
    }

    /** Whether every frequency holds its share of the window (an equal share each, with room for leakage). */
    public static boolean holds(short[] window, double... frequencies) {
        if (PcmFormat.levelDbfs(window, 0, window.length) < -40) {
            return false;
        }
        double total = 0;
        for (double frequency : frequencies) {
            double share = Goertzel.share(window, 0, window.length, frequency, RATE);
            if (share < 0.5 / frequencies.length) {
                return false;
            }
            total += share;
        }
        return total > 0.8;
    }

    /** The last sample from {@code from} on louder than {@link #LOUD}; -1 if none is. */
    public synchronized long lastLoud(long from) {
        for (long i = length - 1; i >= from; i--) {
            if (Math.abs(samples[(int) i]) > LOUD) {
                return i;
            }
        }
        return -1;
    }

    /** The first sample from {@code from} on louder than {@link #LOUD}; -1 if none is. */
    public synchronized long firstLoud(long from) {
        for (long i = from; i < length; i++) {
            if (Math.abs(samples[(int) i]) > LOUD) {
                return i;
            }
        }
        return -1;
    }

    /**
     * The lengths in ms of the alternating sound and silence from the first sound after {@code from} to {@code to},
     * starting with sound, the last one cut at {@code to}; a gap of less than 5 ms inside a sound (a sine's zero
     * crossings) does not count.
     */
    public synchronized List<Long> runs(long from, long to) {
        List<Long> runs = new ArrayList<>();
        long runStart = firstLoud(from);
        if (runStart < 0) {
            return runs;
        }
        boolean sounding = true;
        long quietSince = -1;
        long end = Math.min(to, length);
        for (long i = runStart; i < end; i++) {
            boolean loud = Math.abs(samples[(int) i]) > LOUD;
            if (sounding) {
                if (loud) {
                    quietSince = -1;
                } else if (quietSince < 0) {
                    quietSince = i;
                } else if (i - quietSince >= RATE / 200) {
                    runs.add((quietSince - runStart) * 1000 / RATE);
                    runStart = quietSince;
                    sounding = false;
                }
            } else if (loud) {
                runs.add((i - runStart) * 1000 / RATE);
                runStart = i;
                sounding = true;
                quietSince = -1;
            }
        }
        long lastEnd = sounding && quietSince >= 0 ? quietSince : end;
        runs.add((lastEnd - runStart) * 1000 / RATE);
        if (sounding && quietSince >= 0) {
            runs.add((end - quietSince) * 1000 / RATE);
        }
        return runs;
    }

    @Override
    public void close() throws InterruptedException {
        PulseAudioServer.stop(parec);
        reader.join(5_000);
    }
}
