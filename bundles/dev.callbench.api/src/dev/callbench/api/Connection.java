package dev.callbench.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One leg of a contact: the agent's own, the customer's, or a party added by a transfer or a conference.
 *
 * @param id the connection's identifier
 * @param type who the leg leads to
 * @param state the leg's state
 * @param stateSince when the leg entered its state
 * @param initial whether this is the customer's first leg
 * @param endpoint where the leg leads; {@code null} if unknown
 * @param muted whether the agent is muted on this leg
 * @param softphoneMediaInfo on the agent's leg of a softphone call, what the softphone needs; {@code null} otherwise
 */
public record Connection(String id, ConnectionType type, ConnectionState state, Instant stateSince, boolean initial,
        Endpoint endpoint, boolean muted, SoftphoneMediaInfo softphoneMediaInfo) {

    public Connection {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(state, "state");
    }

    /** Whether this is the agent's leg (or a supervisor's monitoring leg). */
    public boolean isAgentConnection() {
        return type == ConnectionType.AGENT || type == ConnectionType.MONITORING;
    }

    /** The softphone media information, on a softphone call's agent leg. */
    public Optional<SoftphoneMediaInfo> softphone() {
        return Optional.ofNullable(softphoneMediaInfo);
    }
}
