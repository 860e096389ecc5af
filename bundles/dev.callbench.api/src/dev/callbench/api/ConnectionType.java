package dev.callbench.api;

/** Who a connection of a contact leads to. */
public enum ConnectionType {
    /** The agent's own leg. */
    AGENT,
    /** The customer who called in. */
    INBOUND,
    /** A party the agent called or added. */
    OUTBOUND,
    /** A supervisor listening in. */
    MONITORING;
}
