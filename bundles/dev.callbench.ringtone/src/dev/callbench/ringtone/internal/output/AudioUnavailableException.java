package dev.callbench.ringtone.internal.output;

import java.util.Objects;

/** No sound can be played: why, in the sound system's words (for the log), and which kind of trouble (for the agent). */
public final class AudioUnavailableException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The kinds of trouble the agent is told apart. */
    public enum Kind {
        /** There is no sound device at all, or none that can play. */
        NO_DEVICE,
        /** The chosen device is not there (unplugged, renamed). */
        DEVICE_MISSING,
        /** The PulseAudio server that was named does not answer. */
        SERVER_SILENT
    }

    private final Kind kind;

    public AudioUnavailableException(Kind kind, String detail) {
        this(kind, detail, null);
    }

    public AudioUnavailableException(Kind kind, String detail, Throwable cause) {
        super(detail, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
