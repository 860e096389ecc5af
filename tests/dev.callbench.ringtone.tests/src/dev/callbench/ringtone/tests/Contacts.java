package dev.callbench.ringtone.tests;

import java.net.URI;
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
import dev.callbench.api.Queue;
import dev.callbench.api.RoutingProfile;
import dev.callbench.api.SoftphoneCallType;
import dev.callbench.api.SoftphoneMediaInfo;
import dev.callbench.api.event.ContactEvent;

/** Contact events as the CTI client builds them, from the API's records. */
final class Contacts {

    private static final Queue QUEUE = new Queue("arn:aws:connect:local:queue/sales", "Sales");

    private Contacts() {
    }

    /** An inbound softphone call; {@code autoAccept} as its softphone media info says. */
    static Contact call(String id, ContactState state, boolean autoAccept) {
        SoftphoneMediaInfo media = new SoftphoneMediaInfo(SoftphoneCallType.AUDIO_ONLY, autoAccept, "token-" + id,
                URI.create("wss://127.0.0.1:9/signaling"), List.of());
        return contact(id, ContactType.VOICE, state, media);
    }

    /** A queued callback. */
    static Contact callback(String id, ContactState state) {
        return contact(id, ContactType.QUEUE_CALLBACK, state, null);
    }

    private static Contact contact(String id, ContactType type, ContactState state, SoftphoneMediaInfo media) {
        Instant now = Instant.now();
        Connection agent = new Connection(id + "-agent", ConnectionType.AGENT, ConnectionState.CONNECTING, now, false,
                null, false, media);
        Connection customer = new Connection(id + "-customer", ConnectionType.INBOUND, ConnectionState.CONNECTED, now,
                true, null, false, null);
        return new Contact(id, id, type, state, now, QUEUE, now, Map.of(), List.of(agent, customer));
    }

    /** The event, in a snapshot of an agent whose configuration does not accept calls by itself. */
    static ContactEvent event(ContactEvent.Type type, Contact contact) {
        return event(type, contact, false);
    }

    /** The event, in a snapshot of an agent whose configuration says {@code softphoneAutoAccept}. */
    static ContactEvent event(ContactEvent.Type type, Contact contact, boolean agentAutoAccept) {
        AgentState available = new AgentState("Available", AgentStateType.ROUTABLE, Instant.now(), "arn:state/available");
        Agent agent = new Agent("Ada Agent", "agent1", new RoutingProfile("arn:profile/basic", "Basic", QUEUE,
                List.of(QUEUE)), List.of(available), available, null, Set.of(),
                new AgentConfiguration(true, agentAutoAccept, ""));
        return ContactEvent.of(type, contact, new AgentSnapshot(agent, List.of(contact), Instant.now()));
    }
}
