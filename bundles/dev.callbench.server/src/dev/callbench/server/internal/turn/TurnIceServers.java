package dev.callbench.server.internal.turn;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.callbench.server.internal.wire.IceServers;

/**
 * The coturn started here, with credentials of its own for each contact, kept for as long as they are valid so that
 * every snapshot of the contact shows the same ones; an agent's softphone asking outside a contact gets new ones each
 * time.
 */
final class TurnIceServers implements IceServers {

    private final String url;
    private final RestApiCredentials credentials;
    private final Clock clock;
    private final Map<String, TurnCredential> byContact = new ConcurrentHashMap<>();

    TurnIceServers(String url, RestApiCredentials credentials, Clock clock) {
        this.url = url;
        this.credentials = credentials;
        this.clock = clock;
    }

    @Override
    public JsonArray forContact(String contactId) {
        Instant now = clock.instant();
        TurnCredential held = byContact.get(contactId);
        if (held == null || held.expiredAt(now)) {
            byContact.values().removeIf(credential -> credential.expiredAt(now));
            held = byContact.compute(contactId,
                    (id, old) -> old == null || old.expiredAt(now) ? credentials.issue(id) : old);
        }
        return servers(held);
    }

    @Override
    public JsonArray forAgent(String login) {
        return servers(credentials.issue(login));
    }

    private JsonArray servers(TurnCredential credential) {
        JsonArray urls = new JsonArray();
        urls.add(url);
        JsonObject server = new JsonObject();
        server.add("urls", urls);
        server.addProperty("username", credential.username());
        server.addProperty("credential", credential.credential());
        JsonArray servers = new JsonArray();
        servers.add(server);
        return servers;
    }

    @Override
    public String toString() {
        return "TurnIceServers[" + url + ", " + byContact.size() + " contacts]";
    }
}
