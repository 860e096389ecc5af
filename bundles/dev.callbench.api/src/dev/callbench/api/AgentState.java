package dev.callbench.api;

import java.time.Instant;
import java.util.Objects;

/**
 * A state an agent is in, or may choose.
 *
 * @param name the state's name, shown to the agent ({@code Available}, {@code Busy}, {@code Lunch} ...)
 * @param type what the state means for routing
 * @param since when the agent entered the state; {@code null} for a state the agent may choose but is not in
 * @param arn the contact center's identifier of a configured state; {@code null} for system states
 */
public record AgentState(String name, AgentStateType type, Instant since, String arn) {

    /** The state of an agent before the first snapshot. */
    public static final AgentState INIT = new AgentState(AgentStateNames.INIT, AgentStateType.INIT, null, null);

    public AgentState {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A state the agent may choose, such as {@code Available}, not yet entered. */
    public static AgentState selectable(String name, AgentStateType type, String arn) {
        return new AgentState(name, type, null, arn);
    }

    /** This state, entered at the given moment. */
    public AgentState enteredAt(Instant moment) {
        return new AgentState(name, type, moment, arn);
    }

    /** Whether this is an error state, by type or by one of the {@link AgentStateNames error names}. */
    public boolean isError() {
        return type == AgentStateType.ERROR || AgentStateNames.isErrorName(name);
    }

    /** Whether this is the after-call work state. */
    public boolean isAfterCallWork() {
        return AgentStateNames.AFTER_CALL_WORK.equals(name);
    }
}
