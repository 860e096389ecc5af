package dev.callbench.cti.internal.wire;

import static dev.callbench.cti.internal.wire.WireValues.array;
import static dev.callbench.cti.internal.wire.WireValues.flag;
import static dev.callbench.cti.internal.wire.WireValues.item;
import static dev.callbench.cti.internal.wire.WireValues.object;
import static dev.callbench.cti.internal.wire.WireValues.optionalFlag;
import static dev.callbench.cti.internal.wire.WireValues.optionalObject;
import static dev.callbench.cti.internal.wire.WireValues.optionalText;
import static dev.callbench.cti.internal.wire.WireValues.optionalTimestamp;
import static dev.callbench.cti.internal.wire.WireValues.text;
import static dev.callbench.cti.internal.wire.WireValues.timestamp;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.callbench.api.Connection;
import dev.callbench.api.ConnectionState;
import dev.callbench.api.ConnectionType;
import dev.callbench.api.Contact;
import dev.callbench.api.ContactState;
import dev.callbench.api.ContactType;
import dev.callbench.api.Endpoint;
import dev.callbench.api.EndpointType;
import dev.callbench.api.Queue;

/** Reads one contact of a snapshot, with its connections, into the API's model. */
final class ContactReader {

    private ContactReader() {
    }

    static Contact contact(JsonObject json, String path) throws MalformedSnapshotException {
        String id = text(json, "contactId", path);
        String initial = optionalText(json, "initialContactId", path);
        ContactType type = WireEnums.read(json, "type", path, ContactType.class);
        JsonObject state = object(json, "state", path);
        ContactState stateType = WireEnums.read(state, "type", path + ".state", ContactState.class);
        if (stateType == ContactState.INIT) {
            throw new MalformedSnapshotException(path + ".state.type 'init' is Streams' own and never sent");
        }
        return new Contact(id, initial == null ? id : initial, type, stateType,
                timestamp(state, "timestamp", path + ".state"), queue(optionalObject(json, "queue", path),
                        path + ".queue"), optionalTimestamp(json, "queueTimestamp", path),
                attributes(optionalObject(json, "attributes", path), path + ".attributes"),
                connections(array(json, "connections", path), path + ".connections"));
    }

    private static List<Connection> connections(JsonArray array, String path) throws MalformedSnapshotException {
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            connections.add(connection(item(array, i, path), path + "[" + i + "]"));
        }
        return connections;
    }

    private static Connection connection(JsonObject json, String path) throws MalformedSnapshotException {
        JsonObject state = object(json, "state", path);
        return new Connection(text(json, "connectionId", path),
                WireEnums.read(json, "type", path, ConnectionType.class),
                WireEnums.read(state, "type", path + ".state", ConnectionState.class),
                optionalTimestamp(state, "timestamp", path + ".state"), flag(json, "initial", path),
                endpoint(optionalObject(json, "endpoint", path), path + ".endpoint"), optionalFlag(json, "mute", path),
                SoftphoneReader.mediaInfo(optionalObject(json, "softphoneMediaInfo", path),
                        path + ".softphoneMediaInfo"));
    }

    /** An endpoint as the CTI service writes it, or null when absent. */
    static Endpoint endpoint(JsonObject json, String path) throws MalformedSnapshotException {
        if (json == null) {
            return null;
        }
        EndpointType type = WireEnums.read(json, "type", path, EndpointType.class);
        String phoneNumber = optionalText(json, "phoneNumber", path);
        Queue queue = queue(optionalObject(json, "queue", path), path + ".queue");
        if (type == EndpointType.PHONE_NUMBER && phoneNumber == null) {
            throw new MalformedSnapshotException(path + ".phoneNumber is missing for a phone number");
        }
        if (type == EndpointType.QUEUE && queue == null) {
            throw new MalformedSnapshotException(path + ".queue is missing for a queue");
        }
        return new Endpoint(type, optionalText(json, "endpointARN", path), displayName(json, path, type, phoneNumber),
                phoneNumber, queue);
    }

    private static String displayName(JsonObject json, String path, EndpointType type, String phoneNumber)
            throws MalformedSnapshotException {
        for (String field : List.of("name", "displayName", "agentLogin")) {
            String value = optionalText(json, field, path);
            if (value != null) {
                return value;
            }
        }
        return phoneNumber != null ? phoneNumber : type.name().toLowerCase();
    }

    /** A queue; an agent's own queue (a transfer to them) has no name in Connect, and gets the empty name. */
    private static Queue queue(JsonObject json, String path) throws MalformedSnapshotException {
        if (json == null) {
            return null;
        }
        String name = optionalText(json, "name", path);
        return new Queue(text(json, "queueARN", path), name == null ? "" : name);
    }

    private static Map<String, String> attributes(JsonObject json, String path) throws MalformedSnapshotException {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (json != null) {
            for (String name : json.keySet()) {
                JsonObject attribute = object(json, name, path);
                String value = optionalText(attribute, "value", path + "." + name);
                attributes.put(name, value == null ? "" : value);
            }
        }
        return attributes;
    }
}
