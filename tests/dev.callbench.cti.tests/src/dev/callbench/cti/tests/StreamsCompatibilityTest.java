package dev.callbench.cti.tests;

import static dev.callbench.cti.tests.AgentClient.WAIT;
import static dev.callbench.tests.support.EventRecorder.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.google.gson.JsonObject;

import dev.callbench.api.Endpoint;
import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.CallbenchEvent;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.api.event.ContactEvent.Type;
import dev.callbench.tests.support.EventRecorder;
import dev.callbench.tests.support.SelfSignedKeyStore;

/**
 * The unmodified amazon-connect-streams library (from npm, in Node with jsdom) signs in to the running local
 * contact center and works a whole call; the agent and contact events it reports are those Streams documents
 * for such a call, and the same as the Java CTI client's for the same call.
 */
class StreamsCompatibilityTest {

    private static final Duration CALL_LIMIT = Duration.ofSeconds(60);
    /** What Streams documents for a whole inbound softphone call, refresh events left out. */
    private static final List<String> DOCUMENTED = List.of(
            "agent::init Offline", "agent::offline Offline", "agent::state_change Offline",
            "agent::routable Available", "agent::state_change Available",
            "agent::state_change PendingBusy", "contact::init connecting", "contact::connecting connecting",
            "agent::state_change Busy", "contact::connected connected",
            "agent::state_change AfterCallWork", "agent::acw AfterCallWork", "contact::acw ended",
            "contact::ended ended",
            "agent::routable Available", "agent::state_change Available", "contact::destroyed ended");

    /**
     * A rejected call, as Streams documents a reject: the agent goes to MissedCallAgent (agent::error), the contact
     * to rejected (contact::ended, contact::missed); ClearContact removes it and the agent is Available again.
     */
    private static final List<String> REJECTED = List.of(
            "agent::init Offline", "agent::offline Offline", "agent::state_change Offline",
            "agent::routable Available", "agent::state_change Available",
            "agent::state_change PendingBusy", "contact::init connecting", "contact::connecting connecting",
            "agent::state_change MissedCallAgent", "agent::error MissedCallAgent", "contact::ended rejected",
            "contact::missed rejected",
            "agent::routable Available", "agent::state_change Available", "contact::destroyed rejected");
    /**
     * A call nobody answers in time, as Connect reports a missed voice call: the agent in MissedCallAgent
     * (agent::error), the contact in error (contact::error, contact::missed, contact::ended) until cleared.
     */
    private static final List<String> NOT_ANSWERED = List.of(
            "agent::init Offline", "agent::offline Offline", "agent::state_change Offline",
            "agent::routable Available", "agent::state_change Available",
            "agent::state_change PendingBusy", "contact::init connecting", "contact::connecting connecting",
            "agent::state_change MissedCallAgent", "agent::error MissedCallAgent", "contact::error error",
            "contact::missed error", "contact::ended error",
            "agent::routable Available", "agent::state_change Available", "contact::destroyed error");
    /**
     * An outbound call: the agent CallingCustomer and the contact connecting while the customer is dialled, Busy and
     * connected once they answer.
     */
    private static final List<String> OUTBOUND = List.of(
            "agent::init Offline", "agent::offline Offline", "agent::state_change Offline",
            "agent::routable Available", "agent::state_change Available",
            "agent::state_change CallingCustomer", "contact::init connecting", "contact::connecting connecting",
            "agent::state_change Busy", "contact::connected connected",
            "agent::state_change AfterCallWork", "agent::acw AfterCallWork", "contact::acw ended",
            "contact::ended ended",
            "agent::routable Available", "agent::state_change Available", "contact::destroyed ended");
    /**
     * A queued callback: offered as incoming with the agent Pending; accepted, the agent is CallingCustomer and the
     * contact connecting until the customer answers; then as a call.
     */
    private static final List<String> CALLBACK = List.of(
            "agent::init Offline", "agent::offline Offline", "agent::state_change Offline",
            "agent::routable Available", "agent::state_change Available",
            "agent::not_routable Pending", "agent::state_change Pending", "contact::init incoming",
            "contact::incoming incoming", "agent::state_change CallingCustomer", "contact::connecting connecting",
            "agent::state_change Busy", "contact::connected connected",
            "agent::state_change AfterCallWork", "agent::acw AfterCallWork", "contact::acw ended",
            "contact::ended ended",
            "agent::routable Available", "agent::state_change Available", "contact::destroyed ended");
    /**
     * Break picked on a call is enqueued (agent::enqueued_next_state, the agent staying Busy), kept through
     * after-call work and applied when the contact is cleared (agent::cleared_next_state).
     */
    private static final List<String> NEXT_STATE = List.of(
            "agent::init Offline", "agent::offline Offline", "agent::state_change Offline",
            "agent::routable Available", "agent::state_change Available",
            "agent::state_change PendingBusy", "contact::init connecting", "contact::connecting connecting",
            "agent::state_change Busy", "contact::connected connected",
            "agent::enqueued_next_state Busy",
            "agent::state_change AfterCallWork", "agent::acw AfterCallWork", "contact::acw ended",
            "contact::ended ended",
            "agent::not_routable Break", "agent::state_change Break", "agent::cleared_next_state Break",
            "contact::destroyed ended");

    private static LocalServer server;

    @BeforeAll
    static void startServer() throws Exception {
        server = LocalServer.start(30_000);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void streamsAndTheJavaClientReportTheDocumentedEventsForAWholeCall() throws Exception {
        List<String> streams = streamsCall();
        List<String> java = javaCall();
        assertTrue(streams.contains("contact::accepted connecting"), "Streams reports the accept: " + streams);
        assertTrue(java.stream().anyMatch(line -> line.startsWith("contact::accepted")), "Java: " + java);
        assertEquals(DOCUMENTED, withoutAccepted(streams), "Streams' events");
        assertEquals(withoutAccepted(streams), withoutAccepted(java), "the Java client's events");
    }

    @Test
    void aRejectedCallFiresMissedAndStaysUntilClearedInStreamsAndTheJavaClient() throws Exception {
        Unanswered streams = streamsUnanswered(server, 3, Ending.AGENT_REJECTS);
        assertEquals("rejected", streams.missedState(), "contact.getStatus() in onMissed");
        assertEquals(REJECTED, streams.lines(), "Streams' events");
        assertEquals(streams.lines(), javaUnanswered(server, 4, Ending.AGENT_REJECTS), "the Java client's events");
    }

    /**
     * The caller hangs up while the call rings (Connect: "the customer abandoned the contact when it was connecting
     * to the agent"): Streams and the Java client see what a reject shows, a rejected contact that is missed and stays
     * until cleared.
     */
    @Test
    void aCallerWhoHangsUpWhileItRingsIsMissedInStreamsAndTheJavaClient() throws Exception {
        Unanswered streams = streamsUnanswered(server, 6, Ending.CALLER_HANGS_UP);
        assertEquals("rejected", streams.missedState(), "contact.getStatus() in onMissed");
        assertEquals(REJECTED, streams.lines(), "Streams' events");
        assertEquals(streams.lines(), javaUnanswered(server, 7, Ending.CALLER_HANGS_UP), "the Java client's events");
    }

    /**
     * An offer nobody answers in time is missed as Connect reports a missed voice call (the contact in error, the agent
     * in MissedCallAgent), so that Streams fires contact::error; the Java client reports the same events.
     */
    @Test
    void aCallNotAnsweredInTimeIsAnErrorInStreamsAndTheJavaClient() throws Exception {
        try (LocalServer quick = LocalServer.start(1_500)) {
            Unanswered streams = streamsUnanswered(quick, 1, Ending.NOBODY_ANSWERS);
            assertEquals("error", streams.missedState(), "contact.getStatus() when Streams reports it");
            assertEquals(NOT_ANSWERED, streams.lines(), "Streams' events");
            assertEquals(streams.lines(), javaUnanswered(quick, 2, Ending.NOBODY_ANSWERS), "the Java client's events");
        }
    }

    /**
     * A queued callback is offered as incoming (Streams' contact::incoming, never connecting while offered); accepted,
     * it connects and the rest is a call's. Streams and the Java client report the same events.
     */
    @Test
    void aQueuedCallbackIsIncomingThenConnectsInStreamsAndTheJavaClient() throws Exception {
        List<String> streams;
        try (StreamsAgent agent = StreamsAgent.start(server.running().baseUri().toString(), "agent5", "secret-5")) {
            agent.await("ready", CALL_LIMIT);
            server.placeCallback(5);
            agent.await("done", CALL_LIMIT);
            streams = lines(agent);
        }
        List<String> java;
        try (AgentClient agent = AgentClient.signIn(server.ctiEndpoint(), 8)) {
            agent.goAvailable();
            int from = agent.events.size();
            String contactId = server.placeCallback(8);
            agent.events.await(from, contact(Type.INCOMING, contactId), WAIT, "offered callback");
            CtiEndToEndTest.done(agent.center().accept(contactId));
            agent.events.await(from, contact(Type.CONNECTED, contactId), WAIT, "connected callback");
            CtiEndToEndTest.done(agent.center().end(contactId));
            agent.events.await(from, contact(Type.ACW, contactId), WAIT, "after-call work");
            java = cleared(agent, from, contactId);
        }
        assertEquals(CALLBACK, withoutAccepted(streams), "Streams' events");
        assertEquals(withoutAccepted(streams), withoutAccepted(java), "the Java client's events");
    }

    @Test
    void aStatePickedOnACallIsTheNextStateInStreamsAndTheJavaClient() throws Exception {
        try (LocalServer own = LocalServer.start(30_000)) {
            List<String> streams;
            try (StreamsAgent agent = StreamsAgent.start(own.running().baseUri().toString(), "agent1", "secret-1",
                    "next-state")) {
                agent.await("ready", CALL_LIMIT);
                own.placeCall(1);
                assertEquals("Break", agent.await("next", CALL_LIMIT).get("name").getAsString(),
                        "agent.getNextState()");
                agent.await("done", CALL_LIMIT);
                streams = lines(agent);
            }
            List<String> java;
            try (AgentClient agent = AgentClient.signIn(own.ctiEndpoint(), 2)) {
                agent.goAvailable();
                int from = agent.events.size();
                String contactId = agent.takeCall(own, 2);
                CtiEndToEndTest.done(agent.center().setState(
                        agent.snapshot().agent().selectableState("Break").orElseThrow()));
                agent.events.await(from, EventRecorder.agent(AgentEvent.Type.ENQUEUED_NEXT_STATE), WAIT, "next state");
                CtiEndToEndTest.done(agent.center().end(contactId));
                agent.events.await(from, contact(Type.ACW, contactId), WAIT, "after-call work");
                CtiEndToEndTest.done(agent.center().clearAfterCallWork(contactId));
                agent.events.await(from, EventRecorder.stateBecomes("Break"), WAIT, "on Break");
                // agent and contact events come on lanes of their own: wait for the last of each
                agent.events.await(from, EventRecorder.agent(AgentEvent.Type.CLEARED_NEXT_STATE), WAIT, "cleared");
                agent.events.await(from, contact(Type.DESTROYED, contactId), WAIT, "the contact destroyed");
                java = agent.events.events().stream().map(StreamsCompatibilityTest::javaLine)
                        .filter(line -> !line.isEmpty()).toList();
            }
            assertEquals(NEXT_STATE, withoutAccepted(streams), "Streams' events");
            assertEquals(withoutAccepted(streams), withoutAccepted(java), "the Java client's events");
        }
    }

    /**
     * Over HTTPS (Streams takes only a wss:// push channel) Streams opens the WebSocket CreateTransport names, reports
     * it gained (what agent.onWebSocketConnectionGained subscribes to), has a topic subscription confirmed, and the
     * socket stays up through Streams' heartbeats: it is never closed while watched.
     */
    @Test
    void streamsOpensItsWebSocketAndKeepsItUp(@TempDir Path dir) throws Exception {
        SelfSignedKeyStore keyStore = SelfSignedKeyStore.create(dir);
        try (LocalServer https = LocalServer.startHttps(keyStore);
                StreamsAgent agent = StreamsAgent.start(https.running().baseUri().toString(), "agent1", "secret-1",
                        "websocket", keyStore.exportCertificate(dir))) {
            agent.await("gained", CALL_LIMIT);
            assertEquals("[\"aws/callbench-test\"]", agent.await("subscribed", CALL_LIMIT).get("topics").toString());
            agent.await("done", CALL_LIMIT);
            assertTrue(agent.events().stream().noneMatch(e -> e.get("event").getAsString().startsWith("websocket::")),
                    "the socket was never closed: " + agent.events());
        }
    }

    /**
     * An outbound call placed from the CCP's dial pad (Streams' agent.connect, the Java client's dial): connecting
     * while the customer is dialled, connected once they answer (Streams fires contact::connected only then), then as
     * a call. Streams and the Java client report the same events.
     */
    @Test
    void anOutboundCallConnectsOnceTheCustomerAnswersInStreamsAndTheJavaClient() throws Exception {
        List<String> streams;
        try (StreamsAgent agent = StreamsAgent.start(server.running().baseUri().toString(), "agent9", "secret-9",
                "outbound")) {
            agent.await("ready", CALL_LIMIT);
            agent.await("done", CALL_LIMIT);
            streams = lines(agent);
        }
        List<String> java;
        try (AgentClient agent = AgentClient.signIn(server.ctiEndpoint(), 10)) {
            agent.goAvailable();
            int from = agent.events.size();
            CtiEndToEndTest.done(agent.center().dial(Endpoint.phoneNumber("+15555550123")));
            String contactId = ((ContactEvent) agent.events.await(from, event -> event instanceof ContactEvent c
                    && c.type() == Type.CONNECTED, WAIT, "the customer answered")).contactId();
            CtiEndToEndTest.done(agent.center().end(contactId));
            agent.events.await(from, contact(Type.ACW, contactId), WAIT, "after-call work");
            java = cleared(agent, from, contactId);
        }
        assertEquals(OUTBOUND, streams, "Streams' events");
        assertEquals(streams, java, "the Java client's events");
    }

    private static List<String> streamsCall() throws Exception {
        String origin = server.running().baseUri().toString();
        try (StreamsAgent streams = StreamsAgent.start(origin, "agent1", "secret-1")) {
            streams.await("ready", CALL_LIMIT);
            server.placeCall(1);
            streams.await("done", CALL_LIMIT);
            return lines(streams);
        }
    }

    private static List<String> javaCall() throws Exception {
        try (AgentClient agent = AgentClient.signIn(server.ctiEndpoint(), 2)) {
            agent.goAvailable();
            int from = agent.events.size();
            String contactId = agent.takeCall(server, 2);
            CtiEndToEndTest.done(agent.center().end(contactId));
            agent.events.await(from, contact(Type.ACW, contactId), WAIT, "after-call work");
            return cleared(agent, from, contactId);
        }
    }

    /** How an offered call ends without being answered. */
    private enum Ending {
        AGENT_REJECTS("reject"), CALLER_HANGS_UP("ring"), NOBODY_ANSWERS("ring");

        final String streamsScenario;

        Ending(String streamsScenario) {
            this.streamsScenario = streamsScenario;
        }
    }

    /** What Streams reported of an unanswered call: its events, and the contact's state when it was missed. */
    private record Unanswered(List<String> lines, String missedState) {
    }

    private static Unanswered streamsUnanswered(LocalServer on, int agent, Ending ending) throws Exception {
        try (StreamsAgent streams = StreamsAgent.start(on.running().baseUri().toString(), "agent" + agent,
                "secret-" + agent, ending.streamsScenario)) {
            streams.await("ready", CALL_LIMIT);
            String contactId = on.placeCall(agent);
            if (ending != Ending.AGENT_REJECTS) {
                streams.await("ringing", CALL_LIMIT);
            }
            if (ending == Ending.CALLER_HANGS_UP) {
                on.hangUp(contactId);
            }
            String missedState = streams.await("missed", CALL_LIMIT).get("contactState").getAsString();
            if (ending != Ending.CALLER_HANGS_UP) {
                on.hangUp(contactId); // the caller, back in the queue, gives up: nothing is offered again
            }
            streams.tell("clear");
            streams.await("done", CALL_LIMIT);
            return new Unanswered(lines(streams), missedState);
        }
    }

    private static List<String> javaUnanswered(LocalServer on, int agentNumber, Ending ending) throws Exception {
        try (AgentClient agent = AgentClient.signIn(on.ctiEndpoint(), agentNumber)) {
            agent.goAvailable();
            int from = agent.events.size();
            String contactId = on.placeCall(agentNumber);
            agent.events.await(from, contact(Type.CONNECTING, contactId), WAIT, "offered call");
            if (ending == Ending.AGENT_REJECTS) {
                CtiEndToEndTest.done(agent.center().reject(contactId));
            } else if (ending == Ending.CALLER_HANGS_UP) {
                on.hangUp(contactId);
            }
            agent.events.await(from, contact(Type.MISSED, contactId).or(contact(Type.ERROR, contactId)), WAIT,
                    "missed");
            if (ending != Ending.CALLER_HANGS_UP) {
                on.hangUp(contactId);
            }
            return cleared(agent, from, contactId);
        }
    }

    /** Clears the contact, waits until it is gone and the agent Available, and answers the events since {@code from}. */
    private static List<String> cleared(AgentClient agent, int from, String contactId) throws Exception {
        CtiEndToEndTest.done(agent.center().clearAfterCallWork(contactId));
        agent.events.await(from, contact(Type.DESTROYED, contactId), WAIT, "cleared contact");
        agent.events.await(from, EventRecorder.stateBecomes("Available"), WAIT, "Available again");
        return agent.events.events().stream().map(StreamsCompatibilityTest::javaLine)
                .filter(line -> !line.isEmpty()).toList();
    }

    private static List<String> lines(StreamsAgent streams) {
        return streams.events().stream().map(StreamsCompatibilityTest::streamsLine).filter(line -> !line.isEmpty())
                .toList();
    }

    private static String streamsLine(JsonObject event) {
        String name = event.get("event").getAsString();
        if (name.endsWith("::refresh") || name.equals("agent::update") || name.startsWith("agent::websocket")) {
            return "";
        }
        String detail = event.has("newState") ? event.get("newState").getAsString()
                : event.has("contactState") ? event.get("contactState").getAsString()
                        : event.has("agentState") ? event.get("agentState").getAsString() : "";
        return name + " " + detail;
    }

    private static String javaLine(CallbenchEvent event) {
        String name = EventRecorder.name(event);
        if (name.endsWith("::refresh")) {
            return "";
        }
        return name + " " + switch (event) {
            case AgentEvent agent -> agent.newState().name();
            case ContactEvent contact -> contact.contact().state().name().toLowerCase();
        };
    }

    private static List<String> withoutAccepted(List<String> lines) {
        return lines.stream().filter(line -> !line.startsWith("contact::accepted")).toList();
    }
}
