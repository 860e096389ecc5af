package dev.callbench.tests.support;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/** Writes test recordings: a 16-bit PCM WAV file of one tone. */
public final class WavFiles {

    private WavFiles() {
    }

    public static Path tone(Path file, int sampleRate, int channels, double frequency, Duration length) throws IOException {
        int frames = (int) (sampleRate * length.toMillis() / 1000);
        int dataBytes = frames * channels * 2;
        ByteBuffer wav = ByteBuffer.allocate(44 + dataBytes).order(ByteOrder.LITTLE_ENDIAN);
        wav.put("RIFF".getBytes()).putInt(36 + dataBytes).put("WAVE".getBytes());
        wav.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) channels).putInt(sampleRate)
                .putInt(sampleRate * channels * 2).putShort((short) (channels * 2)).putShort((short) 16);
        wav.put("data".getBytes()).putInt(dataBytes);
        for (int i = 0; i < frames; i++) {
            short sample = (short) Math.round(0.3 * Short.MAX_VALUE * Math.sin(2 * Math.PI * frequency * i / sampleRate));
            for (int c = 0; c < channels; c++) {
                wav.putShort(sample);
            }
        }
        return Files.write(file, wav.array());
    }
}
