package dev.callbench.server.internal.center;

/** A contact's state as its agent sees it; QUEUED contacts are in no agent's snapshot. */
public enum ContactState {
    QUEUED("queued"), INCOMING("incoming"), CONNECTING("connecting"), CONNECTED("connected"), ENDED("ended"),
    MISSED("missed");

    private final String wire;

    ContactState(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    boolean isOffered() {
        return this == INCOMING || this == CONNECTING;
    }

    boolean isFinished() {
        return this == ENDED || this == MISSED;
    }
}
