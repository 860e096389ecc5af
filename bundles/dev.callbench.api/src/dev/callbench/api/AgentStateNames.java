package dev.callbench.api;

import java.util.Set;

/**
 * The names of the states the contact center itself puts an agent in. Configured states ({@code Available},
 * {@code Offline}, custom ones) come from the agent's {@link Agent#selectableStates() selectable states} instead.
 */
public final class AgentStateNames {

    /** The state before the first snapshot. */
    public static final String INIT = "Init";
    /** The agent is on a contact. */
    public static final String BUSY = "Busy";
    /** The contact ended and the agent wraps it up. */
    public static final String AFTER_CALL_WORK = "AfterCallWork";
    /** The agent places an outbound call. */
    public static final String CALLING_CUSTOMER = "CallingCustomer";
    /** The agent dials a quick connect or a number. */
    public static final String DIALING = "Dialing";
    /** The agent joins a conference. */
    public static final String JOINING = "Joining";
    /** The agent becomes available after the current contact. */
    public static final String PENDING_AVAILABLE = "PendingAvailable";
    /** A contact is being offered to the agent. */
    public static final String PENDING_BUSY = "PendingBusy";
    /** A queued callback waits for the agent. */
    public static final String PENDING = "Pending";

    /** A generic error. */
    public static final String ERROR = "Error";
    /** The agent hung up before the customer was connected. */
    public static final String AGENT_HUNG_UP = "AgentHungUp";
    /** The agent's number could not be reached. */
    public static final String BAD_ADDRESS_AGENT = "BadAddressAgent";
    /** The customer's number could not be reached. */
    public static final String BAD_ADDRESS_CUSTOMER = "BadAddressCustomer";
    /** An unspecified failure. */
    public static final String DEFAULT = "Default";
    /** The call could not be connected to the agent. */
    public static final String FAILED_CONNECT_AGENT = "FailedConnectAgent";
    /** The call could not be connected to the customer. */
    public static final String FAILED_CONNECT_CUSTOMER = "FailedConnectCustomer";
    /** The agent's language setting is not supported. */
    public static final String INVALID_LOCALE = "InvalidLocale";
    /** The agent's line was engaged. */
    public static final String LINE_ENGAGED_AGENT = "LineEngagedAgent";
    /** The customer's line was engaged. */
    public static final String LINE_ENGAGED_CUSTOMER = "LineEngagedCustomer";
    /** The agent did not answer an offered contact. */
    public static final String MISSED_CALL_AGENT = "MissedCallAgent";
    /** The customer did not answer. */
    public static final String MISSED_CALL_CUSTOMER = "MissedCallCustomer";
    /** The agent opened more than one control panel. */
    public static final String MULTIPLE_CCP_WINDOWS = "MultipleCcpWindows";
    /** The softphone's media or signaling failed. */
    public static final String REALTIME_COMMUNICATION_ERROR = "RealtimeCommunicationError";

    private static final Set<String> ERROR_NAMES = Set.of(ERROR, AGENT_HUNG_UP, BAD_ADDRESS_AGENT,
            BAD_ADDRESS_CUSTOMER, DEFAULT, FAILED_CONNECT_AGENT, FAILED_CONNECT_CUSTOMER, INVALID_LOCALE,
            LINE_ENGAGED_AGENT, LINE_ENGAGED_CUSTOMER, MISSED_CALL_AGENT, MISSED_CALL_CUSTOMER, MULTIPLE_CCP_WINDOWS,
            REALTIME_COMMUNICATION_ERROR);

    private AgentStateNames() {
    }

    /** Whether a state of this name is an error state (an {@code agent::error} in Amazon Connect). */
    public static boolean isErrorName(String name) {
        return ERROR_NAMES.contains(name);
    }
}
