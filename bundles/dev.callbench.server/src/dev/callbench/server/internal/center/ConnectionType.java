package dev.callbench.server.internal.center;

public enum ConnectionType {
    AGENT("agent"), INBOUND("inbound"), OUTBOUND("outbound"),
    /** A supervisor's leg on a contact they monitor. */
    MONITORING("monitoring");

    private final String wire;

    ConnectionType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }
}
