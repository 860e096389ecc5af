package dev.callbench.tests.support;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

import dev.callbench.api.Agent;
import dev.callbench.api.AgentConfiguration;
import dev.callbench.api.AgentSnapshot;
import dev.callbench.api.AgentState;
import dev.callbench.api.AgentStateType;
import dev.callbench.api.Connection;
import dev.callbench.api.ConnectionState;
import dev.callbench.api.ConnectionType;
import dev.callbench.api.Contact;
import dev.callbench.api.ContactState;
import dev.callbench.api.ContactType;
import dev.callbench.api.Endpoint;
import dev.callbench.api.Queue;
import dev.callbench.api.RoutingProfile;
import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.ContactEvent;

/** Agents, contacts and events as Amazon Connect would report them, for the tests. */
public final class ModelFixtures {

    public static final String INSTANCE = "arn:aws:connect:us-east-1:123456789012:instance/11111111-2222-3333-4444-555555555555";
    public static final Queue SALES = new Queue(INSTANCE + "/queue/sales", "Sales");
    public static final Queue SUPPORT = new Queue(INSTANCE + "/queue/support", "Support");
    public static final AgentState AVAILABLE = new AgentState("Available", AgentStateType.ROUTABLE,
            Instant.parse("2024-04-25T16:00:10Z"), INSTANCE + "/agent-state/available");
    public static final AgentState BUSY = new AgentState("Busy", AgentStateType.SYSTEM, Instant.parse("2024-04-25T16:01:02Z"),
            null);

    private ModelFixtures() {
    }

    public static Agent agent(AgentState state) {
        RoutingProfile profile = new RoutingProfile(INSTANCE + "/routing-profile/basic", "Basic", SALES,
                List.of(SALES, SUPPORT));
        return new Agent("Jane Doe", "jane", profile,
                List.of(AgentState.selectable("Available", AgentStateType.ROUTABLE, AVAILABLE.arn()),
                        AgentState.selectable("Offline", AgentStateType.OFFLINE, INSTANCE + "/agent-state/offline")),
                state, null, Set.of("outboundCall"), new AgentConfiguration(true, false, ""));
    }

    public static Contact voiceCall(String id, Queue queue, Map<String, String> attributes) {
        return contact(id, ContactType.VOICE, queue, attributes);
    }

    public static Contact contact(String id, ContactType type, Queue queue, Map<String, String> attributes) {
        Instant since = Instant.parse("2024-04-25T16:01:00Z");
        Connection agentLeg = new Connection(id + "-agent", ConnectionType.AGENT, ConnectionState.CONNECTING, since,
                false, null, false, null);
        Connection customerLeg = new Connection(id + "-customer", ConnectionType.INBOUND, ConnectionState.CONNECTED,
                since, true, Endpoint.phoneNumber("+15555550100"), false, null);
        return new Contact(id, id, type, ContactState.CONNECTING, since, queue, since.minusSeconds(5), attributes,
                List.of(agentLeg, customerLeg));
    }

    public static AgentSnapshot snapshot(Contact... contacts) {
        return new AgentSnapshot(agent(BUSY), List.of(contacts), Instant.parse("2024-04-25T16:01:02.100Z"));
    }

    public static AgentEvent agentEvent(AgentEvent.Type type) {
        return AgentEvent.of(type, snapshot());
    }

    public static ContactEvent contactEvent(ContactEvent.Type type, Contact contact) {
        return ContactEvent.of(type, contact, snapshot(contact));
    }

    /** A contact event whose contact carries a sequence number, to check the order of delivery. */
    public static ContactEvent numbered(String contactId, int sequence) {
        Contact contact = voiceCall(contactId, SALES, Map.of("seq", Integer.toString(sequence)));
        return contactEvent(ContactEvent.Type.REFRESH, contact);
    }
}
