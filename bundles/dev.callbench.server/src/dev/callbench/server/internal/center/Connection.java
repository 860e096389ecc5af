package dev.callbench.server.internal.center;

import java.time.Instant;

/** One leg of a contact. Mutable; guarded by the contact center's lock. */
public final class Connection {

    private final String id;
    private final ConnectionType type;
    private final boolean initial;
    private final Endpoint endpoint;
    private final String quickConnectName;
    private ConnectionState state;
    private Instant stateSince;
    private boolean muted;

    Connection(String id, ConnectionType type, boolean initial, Endpoint endpoint, String quickConnectName,
            ConnectionState state, Instant now) {
        this.id = id;
        this.type = type;
        this.initial = initial;
        this.endpoint = endpoint;
        this.quickConnectName = quickConnectName;
        this.state = state;
        this.stateSince = now;
    }

    void moveTo(ConnectionState next, Instant now) {
        if (state != next) {
            state = next;
            stateSince = now;
        }
    }

    Connection copy() {
        Connection copy = new Connection(id, type, initial, endpoint, quickConnectName, state, stateSince);
        copy.muted = muted;
        return copy;
    }

    Connection renumbered(String newId, ConnectionState newState, Instant now) {
        Connection renumbered = new Connection(newId, type, initial, endpoint, quickConnectName, newState, now);
        renumbered.muted = muted;
        return renumbered;
    }

    public String id() {
        return id;
    }

    public ConnectionType type() {
        return type;
    }

    public boolean initial() {
        return initial;
    }

    public Endpoint endpoint() {
        return endpoint;
    }

    public String quickConnectName() {
        return quickConnectName;
    }

    public ConnectionState state() {
        return state;
    }

    public Instant stateSince() {
        return stateSince;
    }

    public boolean muted() {
        return muted;
    }

    void setMuted(boolean muted) {
        this.muted = muted;
    }
}
