package dev.callbench.cti.tests;

import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import dev.callbench.api.AgentSnapshot;
import dev.callbench.api.AgentState;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.cti.connect.CtiSettings;
import dev.callbench.cti.connect.CtiTimings;
import dev.callbench.cti.internal.CtiClient;
import dev.callbench.cti.internal.model.CtiContactCenter;
import dev.callbench.tests.support.EventRecorder;

/** One agent's real CTI client against a server, with a recorder as its listener. */
final class AgentClient implements AutoCloseable {

    static final Duration WAIT = Duration.ofSeconds(10);
    /** Short polls and retries, so that the tests see losses and recoveries quickly. */
    static final CtiTimings QUICK = new CtiTimings(Duration.ofSeconds(3), Duration.ofSeconds(3),
            Duration.ofMillis(50), Duration.ofMillis(500));

    final EventRecorder events = new EventRecorder();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final CtiClient client;

    private AgentClient(URI endpoint, String login, String password, CtiTimings timings) throws Exception {
        client = CtiClient.connect(new CtiSettings(endpoint, login, password, timings), http, timer, events,
                events::problem, () -> null).get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    static AgentClient signIn(URI endpoint, int agent) throws Exception {
        return new AgentClient(endpoint, "agent" + agent, "secret-" + agent, QUICK);
    }

    static AgentClient signIn(URI endpoint, String login, String password, CtiTimings timings) throws Exception {
        return new AgentClient(endpoint, login, password, timings);
    }

    CtiContactCenter center() {
        return client.contactCenter();
    }

    AgentSnapshot snapshot() {
        return center().snapshot().orElseThrow(() -> new AssertionError("no snapshot yet"));
    }

    /** Sets the agent Available and waits until the client saw it. */
    void goAvailable() throws Exception {
        events.await(0, EventRecorder.agent(dev.callbench.api.event.AgentEvent.Type.INIT), WAIT, "first snapshot");
        int from = events.size();
        AgentState available = snapshot().agent().selectableState("Available").orElseThrow();
        center().setState(available).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        events.await(from, EventRecorder.stateBecomes("Available"), WAIT, "Available");
    }

    /** A caller calls this agent's queue; the agent accepts; answers the call's contact id once connected. */
    String takeCall(LocalServer server, int agent) throws Exception {
        int from = events.size();
        String contactId = server.placeCall(agent);
        events.await(from, EventRecorder.contact(ContactEvent.Type.CONNECTING, contactId), WAIT, "offered call");
        center().accept(contactId).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        events.await(from, EventRecorder.contact(ContactEvent.Type.CONNECTED, contactId), WAIT, "connected call");
        return contactId;
    }

    @Override
    public void close() {
        client.close();
        timer.shutdownNow();
        http.shutdownNow();
    }
}
