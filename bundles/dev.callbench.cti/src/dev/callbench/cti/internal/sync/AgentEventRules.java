package dev.callbench.cti.internal.sync;

import java.util.Optional;
import java.util.Set;

/**
 * Streams' agent rules: {@code agentRoutingEventGraph} (state type changes) and {@code agentStateEventGraph}
 * (error state names, after-call work).
 */
final class AgentEventRules {

    static final String AFTER_CALL_WORK = "AfterCallWork";
    static final Set<String> ERROR_STATE_NAMES = Set.of("Error", "AgentHungUp", "BadAddressAgent",
            "BadAddressCustomer", "Default", "FailedConnectAgent", "FailedConnectCustomer", "InvalidLocale",
            "LineEngagedAgent", "LineEngagedCustomer", "MissedCallAgent", "MissedCallCustomer",
            "MultipleCcpWindows", "RealtimeCommunicationError");

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
        if (ERROR_STATE_NAMES.contains(newName)) {
            return Optional.of(AgentChange.ERROR);
        }
        return AFTER_CALL_WORK.equals(newName) ? Optional.of(AgentChange.ACW) : Optional.empty();
    }
}
