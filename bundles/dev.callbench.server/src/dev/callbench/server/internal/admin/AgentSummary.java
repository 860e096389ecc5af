package dev.callbench.server.internal.admin;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.callbench.server.internal.center.AgentSnapshot;

/** One line per agent for GET /admin/agents: login, state and contacts, never a token. */
final class AgentSummary {

    private AgentSummary() {
    }

    static JsonObject json(AgentSnapshot snapshot) {
        JsonObject json = new JsonObject();
        json.addProperty("login", snapshot.login());
        json.addProperty("state", snapshot.state().name());
        json.addProperty("stateType", snapshot.state().type());
        json.addProperty("availability", snapshot.availability().name());
        JsonArray contacts = new JsonArray();
        snapshot.contacts().forEach(c -> {
            JsonObject contact = new JsonObject();
            contact.addProperty("contactId", c.id());
            contact.addProperty("state", c.state().wire());
            contact.addProperty("queue", c.queue() == null ? null : c.queue().name());
            contacts.add(contact);
        });
        json.add("contacts", contacts);
        return json;
    }
}
