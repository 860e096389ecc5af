package dev.callbench.cti.tests;

import java.net.URI;
import java.util.Map;

import dev.callbench.server.internal.LocalContactCenter;
import dev.callbench.server.internal.center.CallRequest;
import dev.callbench.server.internal.center.Caller;
import dev.callbench.server.internal.center.ContactType;
import dev.callbench.server.internal.config.ConfigLoader;
import dev.callbench.server.internal.config.ServerConfig;
import dev.callbench.tests.support.SelfSignedKeyStore;

/**
 * The real local contact center, in this JVM, on 127.0.0.1 and a free port. Agent {@code agentN} (password
 * {@code secret-N}) is the only agent serving queue {@code QueueN}, so a call placed in that queue goes to
 * that agent.
 */
final class LocalServer implements AutoCloseable {

    /** Agents agent1 to agent10, each alone in its queue: tests that run one after another sign in agents of their own. */
    static final int AGENTS = 10;

    private final ServerConfig config;
    private final int port;
    private LocalContactCenter running;

    private LocalServer(ServerConfig config) throws Exception {
        this.config = config;
        this.running = LocalContactCenter.start(config);
        this.port = running.port();
    }

    /** Starts a server whose offered calls are missed after {@code offerTimeoutMillis}. */
    static LocalServer start(long offerTimeoutMillis) throws Exception {
        return start(offerTimeoutMillis, 3_600);
    }

    /** Starts a server whose access tokens expire after {@code tokenLifetimeSeconds}. */
    static LocalServer start(long offerTimeoutMillis, long tokenLifetimeSeconds) throws Exception {
        return new LocalServer(new ConfigLoader().parse(configuration(offerTimeoutMillis, tokenLifetimeSeconds, "")));
    }

    /** Starts a server that speaks HTTPS only, with the certificate of the key store. */
    static LocalServer startHttps(SelfSignedKeyStore keyStore) throws Exception {
        return new LocalServer(new ConfigLoader().parse(configuration(30_000, 3_600, keyStore.tlsConfig())));
    }

    URI ctiEndpoint() {
        return URI.create(running.baseUri() + "/api");
    }

    LocalContactCenter running() {
        return running;
    }

    /** A caller calls queue {@code QueueN}; answers the contact's id. */
    String placeCall(int agent) {
        return running.center().placeCall(new CallRequest("Queue" + agent, ContactType.VOICE,
                new Caller("Caller " + agent, "+1555555010" + agent, "ACC-" + agent), Map.of("account", "ACC-" + agent),
                null, null));
    }

    /** A customer who asked to be called back is queued in {@code QueueN} as a callback; answers its contact id. */
    String placeCallback(int agent) {
        return running.center().placeCall(new CallRequest("Queue" + agent, ContactType.QUEUE_CALLBACK,
                new Caller("Customer " + agent, "+1555555020" + agent, "ACC-" + agent), Map.of(), null, null));
    }

    /** The caller of the contact hangs up, wherever the call is (in queue, offered, connected). */
    void hangUp(String contactId) {
        running.center().hangUp(contactId);
    }

    void stop() {
        running.close();
    }

    /** Starts again on the same port, with the state of a fresh start. */
    void restart() throws Exception {
        running = LocalContactCenter.start(config.withAddress("127.0.0.1", port));
    }

    @Override
    public void close() {
        running.close();
    }

    private static String configuration(long offerTimeoutMillis, long tokenLifetimeSeconds, String tls) {
        StringBuilder queues = new StringBuilder();
        StringBuilder profiles = new StringBuilder();
        StringBuilder agents = new StringBuilder();
        for (int i = 1; i <= AGENTS; i++) {
            String comma = i < AGENTS ? "," : "";
            queues.append("{\"name\": \"Queue%d\"}%s".formatted(i, comma));
            profiles.append("{\"name\": \"Profile%d\", \"queues\": [\"Queue%1$d\"], \"defaultOutboundQueue\": \"Queue%1$d\"}%s"
                    .formatted(i, comma));
            agents.append("{\"login\": \"agent%d\", \"password\": \"secret-%1$d\", \"name\": \"Agent %1$d\", \"routingProfile\": \"Profile%1$d\"}%s"
                    .formatted(i, comma));
        }
        return """
            {%s "host": "127.0.0.1", "port": 0,
             "timing": {"offerTimeoutMillis": %d, "outboundAnswerMillis": 200, "maxPollMillis": 5000,
                        "tokenLifetimeSeconds": %d},
             "agentStates": [{"name": "Available", "type": "routable"}, {"name": "Break", "type": "not_routable"},
                             {"name": "Offline", "type": "offline"}],
             "queues": [%s],
             "routingProfiles": [%s],
             "agents": [%s],
             "quickConnects": [{"name": "Supervisor desk", "type": "phone_number", "phoneNumber": "+15555550123"}],
             "traffic": {"enabled": false}}
            """.formatted(tls, offerTimeoutMillis, tokenLifetimeSeconds, queues, profiles, agents);
    }
}
