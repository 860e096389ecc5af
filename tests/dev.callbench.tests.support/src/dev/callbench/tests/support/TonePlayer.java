package dev.callbench.tests.support;

import java.io.IOException;
import java.io.OutputStream;

import dev.callbench.media.internal.PcmFormat;
import dev.callbench.media.internal.PcmSource;
import dev.callbench.media.internal.ToneSource;

/**
 * Plays into one sink of a {@link PulseAudioServer} from a {@code pacat} child of the test (16-bit mono, 48 kHz):
 * a tone, or silence, switchable at any time. pacat takes the samples at the sink's pace, so the writer needs no
 * clock. Stopped by its own process handle.
 */
public final class TonePlayer implements AutoCloseable {

    private final Process pacat;
    private final Thread writer;
    private volatile PcmSource source;
    private volatile boolean stopped;

    private TonePlayer(Process pacat, PcmSource source) {
        this.pacat = pacat;
        this.source = source;
        this.writer = new Thread(this::write, "tone-player");
        writer.setDaemon(true);
        writer.start();
    }

    /** Starts playing {@code hz} (0: silence) into {@code sink}. */
    public static TonePlayer into(PulseAudioServer server, String sink, double hz) throws IOException {
        Process pacat = new ProcessBuilder("pacat", "--server=" + server.address(), "--playback", "--device=" + sink,
                "--raw", "--format=s16le", "--rate=" + PcmFormat.SAMPLE_RATE, "--channels=1", "--latency-msec=20")
                .redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        return new TonePlayer(pacat, tone(hz));
    }

    /** Plays {@code hz} (0: silence) from the next 10 ms on. */
    public void play(double hz) {
        source = tone(hz);
    }

    private static PcmSource tone(double hz) {
        return hz <= 0 ? PcmSource.silence() : new ToneSource(hz, 0.3);
    }

    private void write() {
        short[] frame = PcmFormat.newFrame();
        byte[] bytes = new byte[frame.length * 2];
        try (OutputStream out = pacat.getOutputStream()) {
            while (!stopped) {
                source.fill(frame);
                PcmFormat.toLittleEndian(frame, bytes);
                out.write(bytes);
            }
        } catch (IOException e) {
            // pacat was stopped
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopped = true;
        PulseAudioServer.stop(pacat);
        writer.join(5_000);
    }
}
