package dev.callbench.ringtone.internal.output;

import java.util.List;

/**
 * A sound system the ringer plays through: its output devices, and a stream of 16-bit mono PCM to one of them. Two
 * stand behind it: {@link PulseAudioOutput} (PulseAudio's own client, wherever a PulseAudio server runs: Linux
 * desktops, PipeWire's PulseAudio service included) and {@link JavaSoundOutput} (the JDK's {@code javax.sound.sampled}:
 * Windows, macOS, Linux without PulseAudio). {@link AudioOutputs#choose} picks one.
 */
public interface AudioOutput {

    /** What this output is, for the log: {@code PulseAudio (pacat)}, {@code Java Sound}. */
    String name();

    /** The devices sound can be played on. Asks the sound system: may take a second, never call it on the UI thread. */
    List<OutputDevice> devices() throws AudioUnavailableException;

    /**
     * A started stream to {@code device} ({@link OutputDevice#name()}; empty: the system's default output).
     *
     * @param sampleRate the rate of the samples that will be written, in Hz
     */
    Playback open(String device, int sampleRate) throws AudioUnavailableException;
}
