package dev.callbench.server.internal.center;

import java.util.Optional;

public enum ContactType {
    VOICE("voice"), QUEUE_CALLBACK("queue_callback");

    private final String wire;

    ContactType(String wire) {
        this.wire = wire;
    }

    public String wire() {
        return wire;
    }

    public static Optional<ContactType> fromWire(String name) {
        for (ContactType type : values()) {
            if (type.wire.equals(name)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
