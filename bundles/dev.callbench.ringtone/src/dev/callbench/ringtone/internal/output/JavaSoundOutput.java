package dev.callbench.ringtone.internal.output;

import java.util.ArrayList;
import java.util.List;

import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.DataLine;
import javax.sound.sampled.LineUnavailableException;
import javax.sound.sampled.Mixer;
import javax.sound.sampled.SourceDataLine;

import dev.callbench.ringtone.internal.output.AudioUnavailableException.Kind;

/**
 * Plays through the JDK's {@code javax.sound.sampled}: the mixers that take a 16-bit mono line, by their names. On
 * Windows and macOS these are the system's devices. On Linux Java Sound speaks ALSA only: it lists ALSA's
 * {@code default} device and the sound cards; with PulseAudio (or PipeWire) running, {@code default} is its default
 * sink through ALSA's PulseAudio plugin (Debian: {@code libasound2-plugins}, made the default by the
 * {@code pulseaudio} package's {@code /etc/alsa/conf.d/99-pulse.conf} when the server runs as the JVM first touches
 * ALSA), and no other sink can be chosen. {@link AudioOutputs} therefore prefers {@link PulseAudioOutput} there.
 */
public final class JavaSoundOutput implements AudioOutput {

    /** The line's buffer: how much is queued at most, and what {@link Playback#stopNow()} drops. */
    static final int BUFFER_MILLIS = 40;

    @Override
    public String name() {
        return "Java Sound";
    }

    @Override
    public List<OutputDevice> devices() throws AudioUnavailableException {
        List<OutputDevice> devices = new ArrayList<>();
        DataLine.Info line = lineInfo(format(48_000));
        for (Mixer.Info mixer : AudioSystem.getMixerInfo()) {
            if (AudioSystem.getMixer(mixer).isLineSupported(line)) {
                devices.add(new OutputDevice(mixer.getName(), mixer.getDescription()));
            }
        }
        if (devices.isEmpty()) {
            throw new AudioUnavailableException(Kind.NO_DEVICE, "Java Sound has no mixer that plays 16-bit PCM");
        }
        return devices;
    }

    @Override
    public Playback open(String device, int sampleRate) throws AudioUnavailableException {
        AudioFormat format = format(sampleRate);
        try {
            SourceDataLine line = device.isEmpty() ? AudioSystem.getSourceDataLine(format)
                    : AudioSystem.getSourceDataLine(format, mixer(device));
            line.open(format, sampleRate / 1000 * BUFFER_MILLIS * format.getFrameSize());
            line.start();
            return new LinePlayback(line);
        } catch (IllegalArgumentException | LineUnavailableException | SecurityException e) {
            throw new AudioUnavailableException(Kind.NO_DEVICE, "Java Sound cannot open a line for " + format + " on "
                    + (device.isEmpty() ? "the default mixer" : device) + ": " + e.getMessage(), e);
        }
    }

    private static Mixer.Info mixer(String device) throws AudioUnavailableException {
        for (Mixer.Info mixer : AudioSystem.getMixerInfo()) {
            if (mixer.getName().equals(device)) {
                return mixer;
            }
        }
        throw new AudioUnavailableException(Kind.DEVICE_MISSING, "Java Sound has no mixer named " + device);
    }

    private static AudioFormat format(int sampleRate) {
        return new AudioFormat(sampleRate, 16, 1, true, false);
    }

    private static DataLine.Info lineInfo(AudioFormat format) {
        return new DataLine.Info(SourceDataLine.class, format);
    }

    /** A started line; {@code write} blocks while its buffer of {@link #BUFFER_MILLIS} is full. */
    private static final class LinePlayback implements Playback {

        private final SourceDataLine line;
        private byte[] bytes = new byte[0];

        LinePlayback(SourceDataLine line) {
            this.line = line;
        }

        @Override
        public void write(short[] samples, int length) {
            if (bytes.length < 2 * length) {
                bytes = new byte[2 * length];
            }
            for (int i = 0; i < length; i++) {
                bytes[2 * i] = (byte) samples[i];
                bytes[2 * i + 1] = (byte) (samples[i] >> 8);
            }
            line.write(bytes, 0, 2 * length);
        }

        @Override
        public void stopNow() {
            line.stop();
            line.flush();
            line.close();
        }

        @Override
        public void finish() {
            line.drain();
            line.close();
        }
    }
}
