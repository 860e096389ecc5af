package dev.callbench.server.internal.center;

public enum ConnectionState {
    INIT("init"), CONNECTING("connecting"), CONNECTED("connected"), HOLD("hold"), DISCONNECTED("disconnected");

    private final String wire;

    ConnectionState(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    boolean isActive() {
        return this == CONNECTING || this == CONNECTED || this == HOLD;
    }
}
