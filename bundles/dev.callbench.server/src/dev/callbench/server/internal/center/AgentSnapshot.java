package dev.callbench.server.internal.center;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** An immutable copy of everything an agent's CTI snapshot shows, taken under the contact center's lock. */
public record AgentSnapshot(String login, AgentState state, Instant stateSince, AgentState nextState, AgentState availability,
        Instant availabilitySince, AgentSettings settings, List<ContactView> contacts, Instant timestamp,
        long version) {

    public record ContactView(String id, String initialContactId, ContactType type, ContactState state,
            Instant stateSince, Instant initiatedAt, Queue queue, Instant queuedAt, String initiationMethod,
            Map<String, String> attributes, List<ConnectionView> connections, String callContextToken) {
    }

    public record ConnectionView(String id, ConnectionType type, boolean initial, ConnectionState state,
            Instant stateSince, Endpoint endpoint, boolean muted, String quickConnectName) {
    }

    static AgentSnapshot of(Agent agent, Instant now) {
        return new AgentSnapshot(agent.login(), agent.shownState(), agent.shownSince(), agent.nextState(), agent.availability(),
                agent.availabilitySince(), agent.settings(),
                agent.contacts().stream().map(AgentSnapshot::view).toList(), now, agent.version());
    }

    private static ContactView view(Contact c) {
        return new ContactView(c.id(), c.initialContactId(), c.type(), c.state(), c.stateSince(), c.initiatedAt(), c.queue(),
                c.queuedAt(), c.initiationMethod(), Map.copyOf(c.attributes()),
                c.connections().stream().map(AgentSnapshot::view).toList(), c.callContextToken());
    }

    private static ConnectionView view(Connection c) {
        return new ConnectionView(c.id(), c.type(), c.initial(), c.state(), c.stateSince(), c.endpoint(), c.muted(),
                c.quickConnectName());
    }
}
