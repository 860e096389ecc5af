package dev.callbench.ringtone.internal.output;

import java.util.Optional;

import dev.callbench.ringtone.internal.output.AudioUnavailableException.Kind;

/** Picks the output for the ringer's {@code output} and {@code pulseServer} settings. */
public final class AudioOutputs {

    public static final String AUTO = "auto";
    public static final String PULSEAUDIO = "pulseaudio";
    public static final String JAVA_SOUND = "javasound";

    private AudioOutputs() {
    }

    /**
     * {@code javasound}: Java Sound. {@code pulseaudio}: PulseAudio's client, failing when the server does not
     * answer. {@code auto} (and anything else): PulseAudio's client when it is installed and the server answers; when
     * a server was named and does not answer, none (a named server is the only one to play on); Java Sound otherwise.
     * Starts {@code pactl}: call it on the ringer's thread.
     */
    public static AudioOutput choose(String output, String pulseServer) throws AudioUnavailableException {
        if (JAVA_SOUND.equals(output)) {
            return new JavaSoundOutput();
        }
        Optional<PulseAudioOutput> pulse = PulseAudioOutput.find(pulseServer);
        if (pulse.isPresent() && pulse.get().answers()) {
            return pulse.get();
        }
        if (PULSEAUDIO.equals(output) || !pulseServer.isEmpty()) {
            throw pulse.isEmpty()
                    ? new AudioUnavailableException(Kind.NO_DEVICE,
                            "PulseAudio was asked for, but pacat and pactl are not installed (Debian: pulseaudio-utils)")
                    : new AudioUnavailableException(Kind.SERVER_SILENT, "the PulseAudio server "
                            + (pulseServer.isEmpty() ? "(libpulse's default)" : pulseServer) + " does not answer");
        }
        return new JavaSoundOutput();
    }
}
