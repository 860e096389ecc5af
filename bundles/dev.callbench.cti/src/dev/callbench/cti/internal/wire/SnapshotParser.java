package dev.callbench.cti.internal.wire;

import static dev.callbench.cti.internal.wire.WireValues.array;
import static dev.callbench.cti.internal.wire.WireValues.item;
import static dev.callbench.cti.internal.wire.WireValues.object;
import static dev.callbench.cti.internal.wire.WireValues.optionalObject;
import static dev.callbench.cti.internal.wire.WireValues.optionalText;
import static dev.callbench.cti.internal.wire.WireValues.optionalTimestamp;
import static dev.callbench.cti.internal.wire.WireValues.text;
import static dev.callbench.cti.internal.wire.WireValues.timestamp;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.callbench.api.AgentState;
import dev.callbench.api.AgentStateType;
import dev.callbench.api.Contact;
import dev.callbench.api.WireNames;
import dev.callbench.cti.internal.sync.SnapshotView;
import dev.callbench.cti.internal.sync.SnapshotView.ContactView;

/**
 * Reads a {@code GetAgentSnapshot} answer into the API's model, checking field by field (the fields Streams
 * cannot do without, enum values the API knows) and ordering contacts as Streams does. Anything wrong is a
 * {@link MalformedSnapshotException} that names the field; nothing of a bad snapshot is used.
 */
public final class SnapshotParser {

    private SnapshotParser() {
    }

    public static ParsedSnapshot parse(JsonObject answer) throws MalformedSnapshotException {
        JsonObject snapshot = object(answer, "snapshot", "answer");
        AgentState state = agentState(object(snapshot, "state", "snapshot"), "snapshot.state");
        JsonObject next = optionalObject(snapshot, "nextState", "snapshot");
        AgentState nextState = next == null ? null : agentState(next, "snapshot.nextState");
        var snapshotTimestamp = timestamp(snapshot, "snapshotTimestamp", "snapshot");
        List<Contact> contacts = contacts(array(snapshot, "contacts", "snapshot"));
        SnapshotView view = new SnapshotView(state.name(), WireNames.of(state.type()),
                nextState == null ? null : nextState.name(),
                contacts.stream().map(c -> new ContactView(c.id(), WireNames.of(c.state()))).toList());
        return new ParsedSnapshot(state, nextState, contacts, view, snapshotTimestamp,
                optionalText(answer, "nextToken", "answer"));
    }

    /** An agent state as the CTI service writes it: name, type, ARN, start time. */
    public static AgentState agentState(JsonObject state, String path) throws MalformedSnapshotException {
        AgentStateType type = WireEnums.read(state, "type", path, AgentStateType.class);
        if (type == AgentStateType.INIT) {
            throw new MalformedSnapshotException(path + ".type 'init' is Streams' own and never sent");
        }
        return new AgentState(text(state, "name", path), type, optionalTimestamp(state, "startTimestamp", path),
                optionalText(state, "agentStateARN", path));
    }

    private static List<Contact> contacts(JsonArray array) throws MalformedSnapshotException {
        List<Contact> contacts = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < array.size(); i++) {
            Contact contact = ContactReader.contact(item(array, i, "snapshot.contacts"),
                    "snapshot.contacts[" + i + "]");
            if (!ids.add(contact.id())) {
                throw new MalformedSnapshotException("snapshot.contacts has the contact " + contact.id() + " twice");
            }
            contacts.add(contact);
        }
        contacts.sort(Comparator.comparing(Contact::stateSince));
        return contacts;
    }
}
