package dev.callbench.api;

/** The state of one leg of a contact. */
public enum ConnectionState {
    /** Just created. */
    INIT,
    /** Ringing or being set up. */
    CONNECTING,
    /** Talking. */
    CONNECTED,
    /** On hold. */
    HOLD,
    /** Gone. */
    DISCONNECTED,
    /** A supervisor listens without being heard. */
    SILENT_MONITOR,
    /** A supervisor has joined the conversation. */
    BARGE;

    /** Whether the leg is still part of the conversation: connecting, connected, on hold, monitoring or barging. */
    public boolean isActive() {
        return this != INIT && this != DISCONNECTED;
    }
}
