package dev.callbench.server.internal.center;

public enum ConnectionType {
    AGENT("agent"), INBOUND("inbound"), OUTBOUND("outbound");

    private final String wire;

    ConnectionType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
