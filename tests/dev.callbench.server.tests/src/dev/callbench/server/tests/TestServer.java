package dev.callbench.server.tests;

import java.net.URI;

import dev.callbench.server.internal.LocalContactCenter;
import dev.callbench.server.internal.config.ConfigLoader;
import dev.callbench.server.internal.config.ServerConfig;

/** A real local contact center on 127.0.0.1, on a free port, with a small test configuration. */
final class TestServer implements AutoCloseable {

    static final String PASSWORD = "pw-";

    private final LocalContactCenter running;

    private TestServer(LocalContactCenter running) {
        this.running = running;
    }

    /** The test helpers for a server that something else started, and stops. */
    static TestServer of(LocalContactCenter running) {
        return new TestServer(running);
    }

    static final String TIMING = "{\"offerTimeoutMillis\": 5000, \"outboundAnswerMillis\": 50}";

    static TestServer start() throws Exception {
        return start(TIMING, "");
    }

    /** timing: the JSON timing object; extra: more top-level JSON members, each followed by a comma. */
    static TestServer start(String timing, String extra) throws Exception {
        ServerConfig config = new ConfigLoader().parse(config(timing, extra));
        return new TestServer(LocalContactCenter.start(config));
    }

    static String config(String timing, String extra) {
        return """
                {
                  %s
                  "host": "127.0.0.1", "port": 0,
                  "timing": %s,
                  "maxBodyBytes": 4096,
                  "queues": [{"name": "BasicQueue"}, {"name": "Sales"}],
                  "routingProfiles": [
                    {"name": "Basic", "queues": ["BasicQueue"]},
                    {"name": "All", "queues": ["BasicQueue", "Sales"], "defaultOutboundQueue": "Sales"}
                  ],
                  "agents": [
                    {"login": "alice", "password": "pw-alice", "name": "Alice", "routingProfile": "Basic"},
                    {"login": "bob", "password": "pw-bob", "name": "Bob", "routingProfile": "All"},
                    {"login": "carol", "password": "pw-carol", "name": "Carol", "routingProfile": "All"}
                  ],
                  "quickConnects": [
                    {"name": "Supervisor", "type": "phone_number", "phoneNumber": "+15555550123"},
                    {"name": "Sales queue", "type": "queue", "queue": "Sales"},
                    {"name": "Bob", "type": "agent", "agentLogin": "bob"},
                    {"name": "Carol", "type": "agent", "agentLogin": "carol", "offeredIn": ["Sales"]}
                  ]
                }
                """.formatted(extra, timing);
    }

    URI baseUri() {
        return running.baseUri();
    }

    HttpDriver client() {
        return new HttpDriver(baseUri());
    }

    /** Signs the agent in (password pw-<login>) and sets their state. */
    AgentSession agent(String login, String state) throws Exception {
        AgentSession session = client().signIn(login, PASSWORD + login);
        if (state != null) {
            session.putState(state);
        }
        return session;
    }

    /** Signs the agent in as Available and waits until their snapshot says so. */
    AgentSession available(String login) throws Exception {
        AgentSession session = agent(login, "Available");
        session.awaitState("Available");
        return session;
    }

    /** Places a call into the queue and has the agent accept it; returns the connected contact's id. */
    String connectedCall(AgentSession agent, String queue) throws Exception {
        String contactId = placeCall(queue);
        agent.awaitContact(contactId, "connecting");
        agent.ok("AcceptContact", "{\"contactId\":\"" + contactId + "\"}");
        agent.awaitContact(contactId, "connected");
        return contactId;
    }

    String placeCall(String queue) throws Exception {
        return client().placeCall("{\"queue\":\"" + queue + "\",\"phoneNumber\":\"+15555550100\"}");
    }

    @Override
    public void close() {
        running.close();
    }
}
