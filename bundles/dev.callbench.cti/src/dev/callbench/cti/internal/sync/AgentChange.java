package dev.callbench.cti.internal.sync;

/** An agent event derived from two snapshots, named as Streams names it ({@code agent::<name>}). */
public enum AgentChange {
    INIT, REFRESH, ROUTABLE, NOT_ROUTABLE, OFFLINE, STATE_CHANGE, ERROR, ACW, ENQUEUED_NEXT_STATE,
    CLEARED_NEXT_STATE
}
