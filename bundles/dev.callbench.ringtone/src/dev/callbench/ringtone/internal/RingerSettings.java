package dev.callbench.ringtone.internal;

/**
 * How the ringer rings: the Configuration Admin configuration with the PID {@value #PID} (every property is
 * optional). The settings screen writes it:
 *
 * <pre>{@code
 * configurationAdmin.getConfiguration(RingerSettings.PID, "?").update(new Hashtable<>(Map.of(
 *         RingerSettings.DEVICE, "alsa_output.usb-Jabra_Speak_510-00.analog-stereo",
 *         RingerSettings.VOICE_RINGTONE_FILE, "/home/agent/ring.wav")));
 * }</pre>
 *
 * The names of the files follow connect-rtc-js' {@code ringtone.voice} and {@code ringtone.queue_callback}.
 */
public @interface RingerSettings {

    String PID = "dev.callbench.ringtone";
    String ENABLED = "enabled";
    String DEVICE = "device";
    String VOICE_RINGTONE_FILE = "voiceRingtoneFile";
    String CALLBACK_RINGTONE_FILE = "callbackRingtoneFile";
    String OUTPUT = "output";
    String PULSE_SERVER = "pulseServer";

    /** {@code false} turns every ring and beep off (the workbench still shows the offered contact). */
    boolean enabled() default true;

    /**
     * The output device the ringer plays on, apart from the headset: a name from {@link RingerComponent#devices()}
     * (a PulseAudio sink's name, or a Java Sound mixer's). Empty: the system's default output.
     */
    String device() default "";

    /** A 16-bit PCM WAV file played over and over instead of the voice ring; empty: the built-in ring. */
    String voiceRingtoneFile() default "";

    /** A 16-bit PCM WAV file played over and over instead of the queue-callback ring; empty: the built-in one. */
    String callbackRingtoneFile() default "";

    /**
     * How the ringer reaches the sound system: {@code auto} (PulseAudio's own client when a PulseAudio server answers,
     * Java Sound otherwise), {@code pulseaudio} or {@code javasound}.
     */
    String output() default "auto";

    /**
     * The PulseAudio server, as libpulse's {@code PULSE_SERVER} takes it ({@code unix:/run/user/1000/pulse/native},
     * {@code tcp:thinclient:4713}); empty: the desktop's own. A server named here is the only one the ringer plays
     * on: when it does not answer, the ringer warns rather than ringing somewhere else.
     */
    String pulseServer() default "";
}
