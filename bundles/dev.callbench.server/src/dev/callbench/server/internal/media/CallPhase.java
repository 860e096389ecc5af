package dev.callbench.server.internal.media;

import java.util.Optional;

import dev.callbench.server.internal.center.AgentSnapshot.ConnectionView;
import dev.callbench.server.internal.center.AgentSnapshot.ContactView;
import dev.callbench.server.internal.center.ConnectionState;
import dev.callbench.server.internal.center.ConnectionType;

/** Where a softphone call is, as its mixer sees it from the agent's snapshot. */
enum CallPhase {
    /** The agent's connection is offered: the media path is up, and the agent hears silence. */
    RINGING,
    /** The agent accepted: agent and caller are cut through. */
    TALKING,
    /** The customer (or the agent) is on hold: the caller hears hold music, the agent silence. */
    ON_HOLD;

    /** The phase of the contact as the agent's snapshot shows it; empty once the agent's connection is gone. */
    static Optional<CallPhase> of(ContactView contact) {
        Optional<ConnectionView> agent = contact.connections().stream()
                .filter(c -> c.type() == ConnectionType.AGENT).findFirst();
        if (agent.isEmpty()) {
            return Optional.empty();
        }
        return switch (agent.get().state()) {
            case INIT, CONNECTING -> Optional.of(RINGING);
            case HOLD -> Optional.of(ON_HOLD);
            case CONNECTED -> Optional.of(customerOnHold(contact) ? ON_HOLD : TALKING);
            case DISCONNECTED -> Optional.empty();
            case SILENT_MONITOR, BARGE -> Optional.of(TALKING); // a supervisor's states, never an agent's leg
        };
    }

    private static boolean customerOnHold(ContactView contact) {
        return contact.connections().stream()
                .anyMatch(c -> c.type() != ConnectionType.AGENT && c.initial() && c.state() == ConnectionState.HOLD);
    }
}
