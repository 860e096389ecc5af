package dev.callbench.server.internal.center;

public enum ConnectionState {
    INIT("init"), CONNECTING("connecting"), CONNECTED("connected"), HOLD("hold"), DISCONNECTED("disconnected"),
    /** A supervisor's leg: hears the call, heard by nobody. */
    SILENT_MONITOR("silent_monitor"),
    /** A supervisor's leg: hears the call and is heard by everyone on it. */
    BARGE("barge");

    private final String wire;

    ConnectionState(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    boolean isActive() {
        return this == CONNECTING || this == CONNECTED || this == HOLD || this == SILENT_MONITOR || this == BARGE;
    }
}
