package dev.callbench.ringtone.internal;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;

import javax.sound.sampled.AudioFileFormat;
import javax.sound.sampled.AudioFormat;
import javax.sound.sampled.AudioInputStream;
import javax.sound.sampled.AudioSystem;
import javax.sound.sampled.UnsupportedAudioFileException;

import org.eclipse.osgi.util.NLS;

/**
 * A ringtone of the agent's own: a WAV file of 16-bit PCM (any rate, any number of channels), read whole with Java
 * Sound's file readers (which need no sound device) and made mono at {@link Sound#SAMPLE_RATE}.
 */
final class RingtoneFile {

    /** Longer than this is no ringtone (and would take memory for nothing). */
    static final int MAX_SECONDS = 60;

    /** The file cannot be a ringtone: a sentence for the agent, and the detail. */
    static final class RefusedException extends Exception {

        private static final long serialVersionUID = 1L;
        private final String sentence;

        RefusedException(String sentence, String detail, Throwable cause) {
            super(detail, cause);
            this.sentence = sentence;
        }

        String sentence() {
            return sentence;
        }
    }

    private RingtoneFile() {
    }

    /** The file as a sound that loops. */
    static Sound read(Path file) throws RefusedException {
        String shown = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        try {
            AudioFileFormat type = AudioSystem.getAudioFileFormat(file.toFile());
            AudioFormat format = type.getFormat();
            if (type.getType() != AudioFileFormat.Type.WAVE || format.getEncoding() != AudioFormat.Encoding.PCM_SIGNED
                    || format.getSampleSizeInBits() != 16 || format.getChannels() < 1) {
                throw new RefusedException(NLS.bind(Messages.ringtoneFileRefused, shown), file + " is " + type.getType()
                        + " with " + format + ": only 16-bit PCM WAV files are played", null);
            }
            float seconds = type.getFrameLength() / format.getFrameRate();
            if (type.getFrameLength() != AudioSystem.NOT_SPECIFIED && seconds > MAX_SECONDS) {
                throw tooLong(file, shown, seconds);
            }
            try (InputStream raw = Files.newInputStream(file);
                    AudioInputStream audio = AudioSystem.getAudioInputStream(new BufferedInputStream(raw))) {
                byte[] bytes = audio.readNBytes((int) (MAX_SECONDS * format.getFrameRate() * format.getFrameSize()) + 1);
                if (bytes.length > MAX_SECONDS * format.getFrameRate() * format.getFrameSize()) {
                    throw tooLong(file, shown, MAX_SECONDS + 1);
                }
                short[] mono = mono(bytes, format);
                if (mono.length == 0) {
                    throw new RefusedException(NLS.bind(Messages.ringtoneFileRefused, shown), file + " holds no audio",
                            null);
                }
                return new Sound(shown, toRate(mono, format.getSampleRate()), true);
            }
        } catch (UnsupportedAudioFileException e) {
            throw new RefusedException(NLS.bind(Messages.ringtoneFileRefused, shown),
                    file + " is no audio file Java Sound can read: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new RefusedException(NLS.bind(Messages.ringtoneFileUnreadable, shown),
                    file + " cannot be read: " + e, e);
        }
    }

    private static RefusedException tooLong(Path file, String shown, float seconds) {
        return new RefusedException(NLS.bind(Messages.ringtoneFileTooLong, shown, MAX_SECONDS),
                file + " plays " + seconds + " s, more than " + MAX_SECONDS + " s", null);
    }

    /** The channels of each frame averaged. */
    private static short[] mono(byte[] bytes, AudioFormat format) {
        ByteBuffer pcm = ByteBuffer.wrap(bytes).order(format.isBigEndian() ? ByteOrder.BIG_ENDIAN : ByteOrder.LITTLE_ENDIAN);
        int channels = format.getChannels();
        short[] mono = new short[bytes.length / format.getFrameSize()];
        for (int frame = 0; frame < mono.length; frame++) {
            int sum = 0;
            for (int channel = 0; channel < channels; channel++) {
                sum += pcm.getShort((frame * channels + channel) * 2);
            }
            mono[frame] = (short) (sum / channels);
        }
        return mono;
    }

    /** Linear interpolation to {@link Sound#SAMPLE_RATE}: enough for a ringtone. */
    private static short[] toRate(short[] in, float rate) {
        if (rate == Sound.SAMPLE_RATE) {
            return in;
        }
        double step = rate / Sound.SAMPLE_RATE;
        short[] out = new short[Math.max(1, (int) (in.length / step))];
        for (int i = 0; i < out.length; i++) {
            double at = i * step;
            int before = Math.min((int) at, in.length - 1);
            int after = Math.min(before + 1, in.length - 1);
            out[i] = (short) Math.round(in[before] + (in[after] - in[before]) * (at - before));
        }
        return out;
    }
}
