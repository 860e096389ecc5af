package dev.callbench.cti.internal.wire;

import java.time.Instant;
import java.util.List;

import com.google.gson.JsonObject;

import dev.callbench.cti.internal.sync.SnapshotView;

/**
 * A {@code GetAgentSnapshot} answer that passed every check: the snapshot's JSON, its contacts' JSON in
 * Streams' order (by state timestamp), the view the event rules use, and the token for the next poll.
 */
public record ParsedSnapshot(JsonObject snapshot, List<JsonObject> contacts, SnapshotView view,
        Instant snapshotTimestamp, String nextToken) {

    public ParsedSnapshot {
        contacts = List.copyOf(contacts);
    }

    /** The JSON of the contact with this id, or null. */
    public JsonObject contact(String contactId) {
        return contacts.stream().filter(contact -> contact.get("contactId").getAsString().equals(contactId))
                .findFirst().orElse(null);
    }
}
