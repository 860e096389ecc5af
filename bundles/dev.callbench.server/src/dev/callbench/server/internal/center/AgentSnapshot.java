package dev.callbench.server.internal.center;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** An immutable copy of everything an agent's CTI snapshot shows, taken under the contact center's lock. */
public record AgentSnapshot(String login, AgentState state, Instant stateSince, AgentState nextState, AgentState availability,
        Instant availabilitySince, AgentSettings settings, List<ContactView> contacts, Instant timestamp,
        long version) {

    /** @param monitoring whether this is the supervisor's monitoring contact (its first connection is theirs) */
    public record ContactView(String id, String initialContactId, ContactType type, ContactState state,
            Instant stateSince, Instant initiatedAt, Queue queue, Instant queuedAt, String initiationMethod,
            Map<String, String> attributes, List<ConnectionView> connections, String callContextToken,
            boolean monitoring) {
    }

    /** @param monitor on a supervisor's leg, what they monitor; null on every other leg */
    public record ConnectionView(String id, ConnectionType type, boolean initial, ConnectionState state,
            Instant stateSince, Endpoint endpoint, boolean muted, String quickConnectName, MonitorView monitor) {
    }

    /** A supervisor's monitoring: the agent monitored, when the supervisor joined, what they may do. */
    public record MonitorView(String agentName, Instant joinedAt, List<String> capabilities) {
    }

    static AgentSnapshot of(Agent agent, Instant now) {
        return new AgentSnapshot(agent.login(), agent.shownState(), agent.shownSince(), agent.nextState(), agent.availability(),
                agent.availabilitySince(), agent.settings(),
                agent.contacts().stream().map(AgentSnapshot::view).toList(), now, agent.version());
    }

    private static ContactView view(Contact c) {
        return new ContactView(c.id(), c.initialContactId(), c.type(), c.state(), c.stateSince(), c.initiatedAt(), c.queue(),
                c.queuedAt(), c.initiationMethod(), Map.copyOf(c.attributes()), connections(c), c.callContextToken(),
                c.monitoring() != null);
    }

    /**
     * The contact's legs as its agent sees them. A supervisor sees their own leg first, then the monitored call's
     * customer and third parties (its agent is named in their leg's monitoring info); an agent sees the legs of
     * supervisors who barged in after their own, and none of those who listen silently (Streams' documentation).
     */
    private static List<ConnectionView> connections(Contact c) {
        List<ConnectionView> views = new ArrayList<>(c.connections().stream().map(n -> view(n, c.monitoring())).toList());
        if (c.monitoring() != null) {
            c.monitoring().monitored().connections().stream().filter(n -> n.type() != ConnectionType.AGENT)
                    .forEach(n -> views.add(view(n, null)));
        } else {
            c.monitors().forEach(watching -> watching.monitorConnection()
                    .filter(n -> n.state() == ConnectionState.BARGE)
                    .ifPresent(n -> views.add(view(n, null))));
        }
        return List.copyOf(views);
    }

    private static ConnectionView view(Connection c, Monitoring monitoring) {
        MonitorView monitor = monitoring == null || c.type() != ConnectionType.MONITORING ? null
                : new MonitorView(monitoring.agentName(), monitoring.joinedAt(),
                        Monitoring.MODES.stream().filter(monitoring.capabilities()::contains).toList());
        return new ConnectionView(c.id(), c.type(), c.initial(), c.state(), c.stateSince(), c.endpoint(), c.muted(),
                c.quickConnectName(), monitor);
    }
}
