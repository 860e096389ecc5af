package dev.callbench.media.internal;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Plays a 16-bit PCM WAV file (a recording, hold music), once or over and over. Other sample rates are resampled to
 * 48 kHz and several channels mixed down to one when the file is read, so that playing costs nothing but a copy.
 */
public final class WavFileSource implements PcmSource {

    private static final int WAVE_FORMAT_PCM = 1;
    private static final int WAVE_FORMAT_EXTENSIBLE = 0xFFFE;

    private final short[] samples;
    private final boolean looping;
    private int position;

    private WavFileSource(short[] samples, boolean looping) {
        this.samples = samples;
        this.looping = looping;
    }

    /**
     * Reads {@code file} whole.
     *
     * @param looping start again at the end; otherwise silence follows the end
     * @throws IOException when the file cannot be read or is not a 16-bit PCM WAV file, saying which
     */
    public static WavFileSource open(Path file, boolean looping) throws IOException {
        return new WavFileSource(read(Files.readAllBytes(file), file.toString()), looping);
    }

    /**
     * Reads a WAV file already in memory (a resource of a bundle).
     *
     * @param name what the file is called in a failure's message
     * @throws IOException when {@code wav} is not a 16-bit PCM WAV file, saying which
     */
    public static WavFileSource of(byte[] wav, String name, boolean looping) throws IOException {
        return new WavFileSource(read(wav, name), looping);
    }

    /** How long the recording plays once, in samples at 48 kHz. */
    public int length() {
        return samples.length;
    }

    /** True once a recording that does not loop has played to its end. */
    public synchronized boolean finished() {
        return !looping && position >= samples.length;
    }

    @Override
    public synchronized void fill(short[] frame) {
        int filled = 0;
        while (filled < frame.length) {
            if (position >= samples.length) {
                if (!looping || samples.length == 0) {
                    Arrays.fill(frame, filled, frame.length, (short) 0);
                    return;
                }
                position = 0;
            }
            int n = Math.min(frame.length - filled, samples.length - position);
            System.arraycopy(samples, position, frame, filled, n);
            position += n;
            filled += n;
        }
    }

    private static short[] read(byte[] bytes, String file) throws IOException {
        ByteBuffer wav = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
        if (wav.remaining() < 12 || wav.getInt(0) != fourCc("RIFF") || wav.getInt(8) != fourCc("WAVE")) {
            throw new IOException(file + " is not a WAV file (no RIFF/WAVE header)");
        }
        wav.position(12);
        int channels = 0;
        int sampleRate = 0;
        while (wav.remaining() >= 8) {
            int id = wav.getInt();
            int size = wav.getInt();
            if (size < 0 || size > wav.remaining()) {
                size = wav.remaining(); // a streamed file may give no data size: take what there is
            }
            ByteBuffer chunk = wav.slice(wav.position(), size).order(ByteOrder.LITTLE_ENDIAN);
            wav.position(wav.position() + size + (size & 1));
            if (id == fourCc("fmt ")) {
                int format = chunk.getShort() & 0xFFFF;
                channels = chunk.getShort();
                sampleRate = chunk.getInt();
                chunk.position(chunk.position() + 6);
                int bits = chunk.getShort();
                if ((format != WAVE_FORMAT_PCM && format != WAVE_FORMAT_EXTENSIBLE) || bits != 16 || channels < 1
                        || sampleRate < 1) {
                    throw new IOException(file + " is not 16-bit PCM (format " + format + ", " + bits + " bits, "
                            + channels + " channels, " + sampleRate + " Hz): only 16-bit PCM WAV files can be played");
                }
            } else if (id == fourCc("data")) {
                if (channels == 0) {
                    throw new IOException(file + " has its audio before its format (no fmt chunk first)");
                }
                return resampled(mono(chunk, channels), sampleRate);
            }
        }
        throw new IOException(file + " holds no audio (no data chunk)");
    }

    private static short[] mono(ByteBuffer data, int channels) {
        short[] mono = new short[data.remaining() / 2 / channels];
        for (int i = 0; i < mono.length; i++) {
            int sum = 0;
            for (int c = 0; c < channels; c++) {
                sum += data.getShort();
            }
            mono[i] = (short) (sum / channels);
        }
        return mono;
    }

    /** Linear interpolation: enough for speech and music on a phone line, which Opus then band-limits anyway. */
    private static short[] resampled(short[] in, int rate) {
        if (rate == PcmFormat.SAMPLE_RATE || in.length == 0) {
            return in;
        }
        short[] out = new short[(int) ((long) in.length * PcmFormat.SAMPLE_RATE / rate)];
        double step = (double) rate / PcmFormat.SAMPLE_RATE;
        for (int i = 0; i < out.length; i++) {
            double at = i * step;
            int left = (int) at;
            int right = Math.min(left + 1, in.length - 1);
            double fraction = at - left;
            out[i] = (short) Math.round(in[left] * (1 - fraction) + in[right] * fraction);
        }
        return out;
    }

    private static int fourCc(String id) {
        return id.charAt(0) | id.charAt(1) << 8 | id.charAt(2) << 16 | id.charAt(3) << 24;
    }
}
