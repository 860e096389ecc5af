package dev.callbench.cti.internal.wire;

import static dev.callbench.cti.internal.wire.WireValues.array;
import static dev.callbench.cti.internal.wire.WireValues.flag;
import static dev.callbench.cti.internal.wire.WireValues.item;
import static dev.callbench.cti.internal.wire.WireValues.object;
import static dev.callbench.cti.internal.wire.WireValues.oneOf;
import static dev.callbench.cti.internal.wire.WireValues.optionalObject;
import static dev.callbench.cti.internal.wire.WireValues.optionalText;
import static dev.callbench.cti.internal.wire.WireValues.text;
import static dev.callbench.cti.internal.wire.WireValues.timestamp;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.callbench.cti.internal.sync.SnapshotView;
import dev.callbench.cti.internal.sync.SnapshotView.ContactView;

/**
 * Checks a {@code GetAgentSnapshot} answer field by field (the fields Streams cannot do without, with known
 * enum values) and orders its contacts as Streams does. Anything wrong is a {@link MalformedSnapshotException}
 * that names the field; nothing of a bad snapshot is used.
 */
public final class SnapshotParser {

    public static final Set<String> AGENT_STATE_TYPES = Set.of("routable", "not_routable", "offline", "system",
            "error");
    public static final Set<String> CONTACT_TYPES = Set.of("voice", "queue_callback", "chat", "task", "email");
    public static final Set<String> CONTACT_STATES = Set.of("incoming", "pending", "connecting", "connected",
            "missed", "error", "ended", "rejected", "paused");
    public static final Set<String> CONNECTION_TYPES = Set.of("agent", "inbound", "outbound", "monitoring");
    public static final Set<String> CONNECTION_STATES = Set.of("init", "connecting", "connected", "hold",
            "disconnected", "silent_monitor", "barge");

    private record Entry(JsonObject json, ContactView view, Instant since) {
    }

    private SnapshotParser() {
    }

    public static ParsedSnapshot parse(JsonObject answer) throws MalformedSnapshotException {
        JsonObject snapshot = object(answer, "snapshot", "answer");
        JsonObject state = object(snapshot, "state", "snapshot");
        String stateName = text(state, "name", "snapshot.state");
        String stateType = oneOf(state, "type", "snapshot.state", AGENT_STATE_TYPES);
        JsonObject nextState = optionalObject(snapshot, "nextState", "snapshot");
        String nextStateName = nextState == null ? null : text(nextState, "name", "snapshot.nextState");
        Instant snapshotTimestamp = timestamp(snapshot, "snapshotTimestamp", "snapshot");
        List<Entry> contacts = contacts(array(snapshot, "contacts", "snapshot"));
        SnapshotView view = new SnapshotView(stateName, stateType, nextStateName,
                contacts.stream().map(Entry::view).toList());
        return new ParsedSnapshot(snapshot, contacts.stream().map(Entry::json).toList(), view, snapshotTimestamp,
                optionalText(answer, "nextToken", "answer"));
    }

    private static List<Entry> contacts(JsonArray array) throws MalformedSnapshotException {
        List<Entry> entries = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            Entry entry = contact(item(array, i, "snapshot.contacts"), "snapshot.contacts[" + i + "]");
            if (!ids.add(entry.view.contactId())) {
                throw new MalformedSnapshotException("snapshot.contacts has the contact "
                        + entry.view.contactId() + " twice");
            }
            entries.add(entry);
        }
        entries.sort(Comparator.comparing(Entry::since));
        return entries;
    }

    private static Entry contact(JsonObject contact, String path) throws MalformedSnapshotException {
        String contactId = text(contact, "contactId", path);
        oneOf(contact, "type", path, CONTACT_TYPES);
        JsonObject state = object(contact, "state", path);
        String stateType = oneOf(state, "type", path + ".state", CONTACT_STATES);
        Instant since = timestamp(state, "timestamp", path + ".state");
        connections(array(contact, "connections", path), path + ".connections");
        return new Entry(contact, new ContactView(contactId, stateType), since);
    }

    private static void connections(JsonArray array, String path) throws MalformedSnapshotException {
        for (int i = 0; i < array.size(); i++) {
            JsonObject connection = item(array, i, path);
            String itemPath = path + "[" + i + "]";
            text(connection, "connectionId", itemPath);
            oneOf(connection, "type", itemPath, CONNECTION_TYPES);
            flag(connection, "initial", itemPath);
            oneOf(object(connection, "state", itemPath), "type", itemPath + ".state", CONNECTION_STATES);
        }
    }
}
