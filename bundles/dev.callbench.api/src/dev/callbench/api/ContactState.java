package dev.callbench.api;

/** Where a contact is in its life, as Amazon Connect reports it. */
public enum ContactState {
    /** Just created; nothing is known yet. */
    INIT,
    /** Offered to the agent (queued callbacks). */
    INCOMING,
    /** Waiting for the agent (a queued callback before it is offered). */
    PENDING,
    /** Being connected to the agent; a softphone call rings here. */
    CONNECTING,
    /** The agent and the customer are connected. */
    CONNECTED,
    /** The agent did not take it in time. */
    MISSED,
    /** It failed. */
    ERROR,
    /** It is over; the agent may be in after-call work. */
    ENDED,
    /** The agent rejected it. */
    REJECTED,
    /** Paused (tasks). */
    PAUSED;

    /** Whether the contact still needs the agent: incoming, pending, connecting, connected or paused. */
    public boolean isActive() {
        return switch (this) {
            case INCOMING, PENDING, CONNECTING, CONNECTED, PAUSED -> true;
            default -> false;
        };
    }
}
