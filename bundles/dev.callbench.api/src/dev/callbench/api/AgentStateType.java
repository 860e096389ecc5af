package dev.callbench.api;

/**
 * The kind of an agent state, as Amazon Connect reports it. It tells whether contacts are routed to the agent.
 */
public enum AgentStateType {
    /** The agent's state is not known yet: no snapshot has arrived. */
    INIT,
    /** Contacts are routed to the agent (for example {@code Available}). */
    ROUTABLE,
    /** The agent is signed in, but no contacts are routed to them (for example {@code Lunch}). */
    NOT_ROUTABLE,
    /** The agent is offline. */
    OFFLINE,
    /** A state the contact center sets while the agent works a contact ({@code Busy}, {@code AfterCallWork} ...). */
    SYSTEM,
    /** A state the contact center sets after a failure ({@code MissedCallAgent}, {@code FailedConnectAgent} ...). */
    ERROR;
}
