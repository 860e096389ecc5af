package dev.callbench.softphone.internal.session;

/**
 * What the softphone sends and listens for when it has no audio device (servers and tests): configuration PID
 * {@code dev.callbench.softphone}. Without it, the engine sends silence.
 */
public @interface SessionAudio {

    /** A tone the agent's side sends, in Hz; 0 sends silence. */
    double sendToneHz() default 0;

    /** Tones to listen for in what the agent hears, in Hz: the engine's statistics say which one it hears. */
    double[] listenForHz() default {};

    /** How long the softphone waits for relay candidates (connect-rtc-js: 8 s). */
    long iceCollectionTimeoutMillis() default 8_000;
}
