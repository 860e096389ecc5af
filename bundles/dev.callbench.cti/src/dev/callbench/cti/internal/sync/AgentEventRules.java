package dev.callbench.cti.internal.sync;

import java.util.Optional;

import dev.callbench.api.AgentStateNames;

/**
 * Streams' agent rules: {@code agentRoutingEventGraph} (state type changes) and {@code agentStateEventGraph}
 * (error state names, after-call work).
 */
final class AgentEventRules {

    private AgentEventRules() {
    }

    static Optional<AgentChange> routingEvent(String newType) {
        return switch (newType) {
            case "routable" -> Optional.of(AgentChange.ROUTABLE);
            case "not_routable" -> Optional.of(AgentChange.NOT_ROUTABLE);
            case "offline" -> Optional.of(AgentChange.OFFLINE);
            default -> Optional.empty();
        };
    }

    static Optional<AgentChange> stateEvent(String newName) {
        if (AgentStateNames.isErrorName(newName)) {
            return Optional.of(AgentChange.ERROR);
        }
        return AgentStateNames.AFTER_CALL_WORK.equals(newName) ? Optional.of(AgentChange.ACW) : Optional.empty();
    }
}
