package dev.callbench.softphone.internal.session;

/**
 * How the softphone's calls get their audio: configuration PID {@code dev.callbench.softphone}. Headless (no audio
 * device: servers and tests) it sends a tone or silence and listens for tones; on the system's devices it records from
 * the agent's microphone and plays to their speaker, the ones chosen here or later (see
 * {@link dev.callbench.api.service.Softphone#useMicrophone}).
 */
public @interface SessionAudio {

    /**
     * {@code devices} (the system's microphone and speaker), {@code headless} (no audio device), or {@code auto} (the
     * default): devices when a sound server answers the media engine as it starts, headless otherwise. Tests that rely
     * on the headless engine's tones say {@code headless}.
     */
    String audio() default AUTO;

    String AUTO = "auto";
    String DEVICES = "devices";
    String HEADLESS = "headless";

    /** The microphone to record from, by its id (PulseAudio's name); empty: the system's default. */
    String microphone() default "";

    /** The speaker to play to, by its id (PulseAudio's name); empty: the system's default. */
    String speaker() default "";

    /** A tone the agent's side sends, in Hz; 0 sends silence. */
    double sendToneHz() default 0;

    /** Tones to listen for in what the agent hears, in Hz: the engine's statistics say which one it hears. */
    double[] listenForHz() default {};

    /** How long the softphone waits for relay candidates (connect-rtc-js: 8 s). */
    long iceCollectionTimeoutMillis() default 8_000;
}
