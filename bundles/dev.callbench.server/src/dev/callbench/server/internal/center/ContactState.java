package dev.callbench.server.internal.center;

/**
 * A contact's state as its agent sees it; QUEUED contacts are in no agent's snapshot. DIALING is an outbound call or an
 * accepted callback while the customer is dialled: Connect shows it as {@code connecting}, like an offer, but it is
 * no offer. ERROR is a voice call the agent
 * did not accept in time (Connect sends {@code error} for it, not {@code missed}), REJECTED one the agent refused or
 * whose caller hung up while it rang: both stay in the agent's snapshot until cleared.
 */
public enum ContactState {
    QUEUED("queued"), INCOMING("incoming"), CONNECTING("connecting"), DIALING("connecting"), CONNECTED("connected"), ENDED("ended"),
    ERROR("error"), REJECTED("rejected");

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
        return this == ENDED || isMissed();
    }

    /** An offer that came to nothing: missed (ERROR) or rejected; the agent is in MissedCallAgent until cleared. */
    boolean isMissed() {
        return this == ERROR || this == REJECTED;
    }
}
