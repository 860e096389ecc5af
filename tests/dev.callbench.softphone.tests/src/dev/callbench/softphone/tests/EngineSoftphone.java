package dev.callbench.softphone.tests;

import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.callbench.softphone.internal.engine.EngineProcess;

/**
 * A second agent's softphone: the real media engine in a process of the test's own, given the agent's contact as the
 * softphone component gives it its contacts (headless: it sends a tone and listens for tones).
 */
final class EngineSoftphone implements AutoCloseable {

    private final EngineProcess engine;
    private final EngineEventLog events = new EngineEventLog();

    private EngineSoftphone(EngineProcess engine) {
        this.engine = engine;
        engine.addEventListener(events);
    }

    static EngineSoftphone start() throws Exception {
        return new EngineSoftphone(EngineProcess.start(Engines.real()));
    }

    /** Starts the session of a contact from its agent connection's softphone media info, as the CTI snapshot has it. */
    void call(String contactId, JsonObject agentConnection, double sendToneHz, double... listenForHz)
            throws Exception {
        JsonObject media = agentConnection.getAsJsonObject("softphoneMediaInfo");
        JsonObject config = JsonParser.parseString(media.get("callConfigJson").getAsString()).getAsJsonObject();
        JsonObject args = new JsonObject();
        args.addProperty("contactId", contactId);
        args.addProperty("signalingEndpoint", config.get("signalingEndpoint").getAsString());
        args.addProperty("callContextToken", media.get("callContextToken").getAsString());
        args.add("iceServers", config.getAsJsonArray("iceServers"));
        args.addProperty("iceCollectionTimeoutMillis", 8_000);
        args.addProperty("audio", "headless");
        args.addProperty("sendToneHz", sendToneHz);
        JsonArray listen = new JsonArray();
        for (double hz : listenForHz) {
            listen.add(hz);
        }
        args.add("listenFor", listen);
        engine.request("session.start", args).get(AgentDesk.WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    JsonObject await(int from, String name, Predicate<JsonObject> wanted, String what) {
        return events.await(from, name, wanted, what);
    }

    int eventCount() {
        return events.count();
    }

    @Override
    public void close() throws Exception {
        engine.removeEventListener(events);
        Engines.stop(engine);
    }
}
