package dev.callbench.server.internal.wire;

import static dev.callbench.server.internal.wire.WireJson.stateType;
import static dev.callbench.server.internal.wire.WireJson.timestamp;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.callbench.server.internal.center.AgentSettings;
import dev.callbench.server.internal.center.AgentSnapshot;
import dev.callbench.server.internal.center.AgentSnapshot.ConnectionView;
import dev.callbench.server.internal.center.AgentSnapshot.ContactView;
import dev.callbench.server.internal.center.ConnectionState;
import dev.callbench.server.internal.center.ConnectionType;
import dev.callbench.server.internal.center.ContactState;
import dev.callbench.server.internal.center.ContactType;

/** GetAgentSnapshot's response body: always the full snapshot, in the shape Streams consumes. */
final class SnapshotJson {

    private static final Set<ContactState> FINISHED = EnumSet.of(ContactState.ENDED, ContactState.ERROR,
            ContactState.REJECTED);
    private static final Set<ContactState> CALLBACK_ACCEPTED = EnumSet.of(ContactState.DIALING,
            ContactState.CONNECTED, ContactState.ENDED);

    private final SoftphoneSettings softphone;

    SnapshotJson(SoftphoneSettings softphone) {
        this.softphone = softphone;
    }

    JsonObject response(AgentSnapshot snapshot, String nextToken) {
        JsonObject json = new JsonObject();
        json.add("snapshot", snapshot(snapshot));
        json.addProperty("nextToken", nextToken);
        return json;
    }

    private JsonObject snapshot(AgentSnapshot s) {
        JsonObject json = new JsonObject();
        json.add("state", WireJson.state(s.state(), s.stateSince()));
        if (s.nextState() != null) {
            json.add("nextState", WireJson.state(s.nextState(), null));
        }
        JsonObject availability = new JsonObject();
        availability.addProperty("state", s.availability().name());
        availability.add("timeStamp", timestamp(s.availabilitySince()));
        json.add("agentAvailabilityState", availability);
        JsonArray contacts = new JsonArray();
        s.contacts().forEach(c -> contacts.add(contact(c, s.settings(), s.timestamp())));
        json.add("contacts", contacts);
        json.add("snapshotTimestamp", timestamp(s.timestamp()));
        return json;
    }

    private JsonObject contact(ContactView c, AgentSettings settings, Instant now) {
        JsonObject json = new JsonObject();
        json.addProperty("contactId", c.id());
        json.addProperty("initialContactId", c.initialContactId());
        json.addProperty("type", c.type().wire());
        json.add("state", stateType(c.state().wire(), c.stateSince()));
        if (c.queue() != null) {
            json.add("queue", WireJson.queue(c.queue()));
            json.add("queueTimestamp", timestamp(c.queuedAt()));
        }
        JsonArray connections = new JsonArray();
        c.connections().forEach(n -> connections.add(connection(c, n, settings)));
        json.add("connections", connections);
        json.add("attributes", attributes(c));
        json.addProperty("contactDuration", duration(c, now));
        json.addProperty("initiationMethod", c.initiationMethod());
        JsonObject features = new JsonObject();
        features.addProperty("attachmentsEnabled", false);
        features.addProperty("messagingMarkdownEnabled", false);
        features.addProperty("multiPartyConferenceEnabled", false);
        json.add("contactFeatures", features);
        return json;
    }

    /** Whole seconds since the contact began; once it is over (ended, missed, rejected), up to its end. */
    private static String duration(ContactView c, Instant now) {
        Instant end = FINISHED.contains(c.state()) ? c.stateSince() : now;
        return Long.toString(Math.max(0, Duration.between(c.initiatedAt(), end).toSeconds()));
    }

    private static JsonObject attributes(ContactView c) {
        JsonObject attributes = new JsonObject();
        c.attributes().forEach((name, value) -> {
            JsonObject attribute = new JsonObject();
            attribute.addProperty("name", name);
            attribute.addProperty("value", value);
            attributes.add(name, attribute);
        });
        return attributes;
    }

    private JsonObject connection(ContactView contact, ConnectionView n, AgentSettings settings) {
        JsonObject json = new JsonObject();
        json.addProperty("connectionId", n.id());
        json.add("endpoint", WireJson.endpoint(n.endpoint()));
        json.add("state", stateType(n.state().wire(), n.stateSince()));
        json.addProperty("type", n.type().wire());
        json.addProperty("initial", n.initial());
        boolean own = n.type() == ConnectionType.AGENT || contact.monitoring() && n.monitor() != null;
        if (own && settings.softphoneEnabled() && carriesSoftphoneMedia(contact)) {
            // a supervisor's monitoring leg is established without an accept: its softphone connects at once
            json.add("softphoneMediaInfo", softphoneMediaInfo(contact,
                    contact.monitoring() || settings.softphoneAutoAccept()));
        }
        if (n.type() == ConnectionType.MONITORING) {
            monitoring(json, n);
        }
        json.addProperty("mute", n.muted());
        json.addProperty("forcedMute", false);
        if (n.quickConnectName() != null) {
            json.addProperty("quickConnectName", n.quickConnectName());
        }
        return json;
    }

    /**
     * A supervisor's leg, as Streams reads it: {@code monitorStatus} everywhere (the agent's contact shows it while
     * they barge in), {@code monitorCapabilities} and {@code monitoringInfo} to the supervisor.
     */
    private static void monitoring(JsonObject json, ConnectionView n) {
        json.addProperty("monitorStatus", n.state() == ConnectionState.BARGE ? "BARGE" : "SILENT_MONITOR");
        if (n.monitor() != null) {
            JsonArray capabilities = new JsonArray();
            n.monitor().capabilities().forEach(capabilities::add);
            json.add("monitorCapabilities", capabilities);
            JsonObject info = new JsonObject();
            JsonObject agent = new JsonObject();
            agent.addProperty("agentName", n.monitor().agentName());
            info.add("agent", agent);
            info.add("joinTimeStamp", timestamp(n.monitor().joinedAt()));
            json.add("monitoringInfo", info);
        }
    }

    /**
     * A voice call's agent leg always; a queued callback's only once the agent accepted it (before that a softphone
     * would start media for a call nobody has placed yet).
     */
    private static boolean carriesSoftphoneMedia(ContactView contact) {
        return contact.type() == ContactType.VOICE || CALLBACK_ACCEPTED.contains(contact.state());
    }

    private JsonObject softphoneMediaInfo(ContactView contact, boolean autoAccept) {
        JsonObject json = new JsonObject();
        json.addProperty("callType", "audio_only");
        json.addProperty("autoAccept", autoAccept);
        json.addProperty("callContextToken", contact.callContextToken());
        json.addProperty("mediaLegContextToken", contact.callContextToken());
        json.addProperty("callConfigJson", softphone.callConfigJson(contact.id()));
        return json;
    }
}
