package dev.callbench.cti.tests;

import static dev.callbench.cti.tests.AgentClient.WAIT;
import static dev.callbench.tests.support.EventRecorder.contact;
import static dev.callbench.tests.support.EventRecorder.stateBecomes;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.callbench.api.ConnectionState;
import dev.callbench.api.ConnectionType;
import dev.callbench.api.Contact;
import dev.callbench.api.Endpoint;
import dev.callbench.api.event.ContactEvent.Type;
import dev.callbench.api.service.ActionFailedException;
import dev.callbench.tests.support.EventRecorder;

/**
 * Several agents' CTI clients against the real local contact center over HTTP on 127.0.0.1: calls routed,
 * accepted, missed, held, transferred to a quick connect, conferenced, ended, after-call work cleared, and an
 * agent who cannot touch another agent's contact.
 */
class CtiEndToEndTest {

    /** How long an offered call waits for the agent before it is missed, in the test that lets it be missed. */
    private static final long SHORT_OFFER_MILLIS = 1_500;
    private static LocalServer server;

    /** Offers wait 30 s here, so that an accept or reject on a loaded machine never finds the call missed. */
    @BeforeAll
    static void startServer() throws Exception {
        server = LocalServer.start(30_000);
    }

    @AfterAll
    static void stopServer() {
        server.close();
    }

    @Test
    void aCallIsOfferedAcceptedHeldResumedEndedAndCleared() throws Exception {
        try (AgentClient agent = AgentClient.signIn(server.ctiEndpoint(), 1)) {
            agent.goAvailable();
            int from = agent.events.size();
            String contactId = agent.takeCall(server, 1);
            String customer = customerLeg(agent.snapshot().contact(contactId).orElseThrow());
            done(agent.center().hold(contactId, customer));
            awaitLeg(agent, contactId, customer, ConnectionState.HOLD);
            done(agent.center().resume(contactId, customer));
            awaitLeg(agent, contactId, customer, ConnectionState.CONNECTED);
            done(agent.center().end(contactId));
            agent.events.await(from, stateBecomes("AfterCallWork"), WAIT, "after-call work");
            done(agent.center().clearAfterCallWork(contactId));
            agent.events.await(from, contact(Type.DESTROYED, contactId), WAIT, "cleared contact");
            agent.events.await(from, stateBecomes("Available"), WAIT, "Available again");
            assertEquals(List.of("contact::init", "contact::connecting", "contact::connected", "contact::acw",
                    "contact::ended", "contact::destroyed"), contactEventsWithoutRefresh(agent, from));
            assertEquals(List.of("PendingBusy", "Busy", "AfterCallWork", "Available"), stateNames(agent, from));
        }
    }

    @Test
    void aCallNotAcceptedInTimeIsMissedAndTheAgentIsInMissedCallAgent() throws Exception {
        try (LocalServer missing = LocalServer.start(SHORT_OFFER_MILLIS);
                AgentClient agent = AgentClient.signIn(missing.ctiEndpoint(), 2)) {
            agent.goAvailable();
            int from = agent.events.size();
            String contactId = missing.placeCall(2);
            agent.events.await(from, contact(Type.MISSED, contactId), WAIT, "missed call");
            agent.events.await(from, stateBecomes("MissedCallAgent"), WAIT, "MissedCallAgent");
            // the client's events come from successive snapshots: ended may follow missed a poll later
            agent.events.await(from, contact(Type.ENDED, contactId), WAIT, "the missed contact ended");
            assertTrue(agent.events.names(from).containsAll(List.of("agent::error", "contact::ended",
                    "contact::missed")), agent.events.names(from).toString());
        }
    }

    @Test
    void aCallIsConsultedConferencedThenTransferredToAQuickConnect() throws Exception {
        try (AgentClient agent = AgentClient.signIn(server.ctiEndpoint(), 3)) {
            agent.goAvailable();
            int from = agent.events.size();
            String contactId = agent.takeCall(server, 3);
            List<Endpoint> quickConnects = agent.center().quickConnects().toCompletableFuture()
                    .get(WAIT.toSeconds(), TimeUnit.SECONDS);
            Endpoint desk = quickConnects.stream().filter(e -> e.name().equals("Supervisor desk")).findFirst()
                    .orElseThrow(() -> new AssertionError("quick connects: " + quickConnects));
            done(agent.center().consult(contactId, desk));
            awaitThirdParty(agent, contactId, ConnectionState.CONNECTED);
            done(agent.center().conference(contactId));
            awaitAllConnected(agent, contactId);
            done(agent.center().end(contactId));
            agent.events.await(from, stateBecomes("AfterCallWork"), WAIT, "after-call work after the transfer");
            done(agent.center().clearAfterCallWork(contactId));
            agent.events.await(from, contact(Type.DESTROYED, contactId), WAIT, "cleared contact");
        }
    }

    @Test
    void theAgentMutesSendsDigitsSetsAttributesAndDialsOut() throws Exception {
        try (AgentClient agent = AgentClient.signIn(server.ctiEndpoint(), 5)) {
            agent.goAvailable();
            String contactId = agent.takeCall(server, 5);
            done(agent.center().mute(contactId, true));
            agent.events.await(0, event -> event instanceof dev.callbench.api.event.ContactEvent c
                    && c.contactId().equals(contactId)
                    && c.contact().agentConnection().map(leg -> leg.muted()).orElse(false), WAIT, "muted");
            done(agent.center().sendDigits(contactId, customerLeg(agent.snapshot().contact(contactId).orElseThrow()),
                    "1234#"));
            done(agent.center().updateAttributes(contactId, java.util.Map.of("note", "vip")));
            agent.events.await(0, event -> event instanceof dev.callbench.api.event.ContactEvent c
                    && c.contactId().equals(contactId) && "vip".equals(c.contact().attributes().get("note")),
                    WAIT, "attribute set");
            done(agent.center().end(contactId));
            done(agent.center().clearAfterCallWork(contactId));
            agent.events.await(0, contact(Type.DESTROYED, contactId), WAIT, "cleared contact");
            int from = agent.events.size();
            done(agent.center().dial(Endpoint.phoneNumber("+15555550199")));
            dev.callbench.api.event.CallbenchEvent dialled = agent.events.await(from,
                    event -> event instanceof dev.callbench.api.event.ContactEvent c
                            && c.type() == Type.CONNECTED, WAIT, "outbound call connected");
            assertEquals(ConnectionType.OUTBOUND, ((dev.callbench.api.event.ContactEvent) dialled).contact()
                    .initialConnection().orElseThrow().type());
        }
    }

    @Test
    void anAgentCannotTouchAnotherAgentsContact() throws Exception {
        try (AgentClient owner = AgentClient.signIn(server.ctiEndpoint(), 4);
                AgentClient other = AgentClient.signIn(server.ctiEndpoint(), 1)) {
            owner.goAvailable();
            int from = owner.events.size();
            String contactId = server.placeCall(4);
            owner.events.await(from, contact(Type.CONNECTING, contactId), WAIT, "offered call");
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> done(other.center().accept(contactId)));
            ActionFailedException failure = ActionFailedException.of(refused);
            assertTrue(List.of(ActionFailedException.Reason.ACCESS_DENIED, ActionFailedException.Reason.NOT_FOUND)
                    .contains(failure.reason()), failure.reason() + ": " + failure.getMessage() + causes(refused));
            assertTrue(other.snapshot().contact(contactId).isEmpty(), "the other agent never sees the contact");
            done(owner.center().reject(contactId));
        }
    }

    /** The failure's causes, for a message: what went wrong on the wire when an action is refused unexpectedly. */
    private static String causes(Throwable failure) {
        StringBuilder chain = new StringBuilder();
        for (Throwable cause = failure.getCause(); cause != null; cause = cause.getCause()) {
            chain.append(" <- ").append(cause);
        }
        return chain.toString();
    }

    static void done(java.util.concurrent.CompletionStage<Void> action) throws Exception {
        action.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private static String customerLeg(Contact contact) {
        return contact.initialConnection().orElseThrow().id();
    }

    private static void awaitLeg(AgentClient agent, String contactId, String connectionId, ConnectionState state)
            throws InterruptedException {
        agent.events.await(0, event -> event instanceof dev.callbench.api.event.ContactEvent c
                && c.contactId().equals(contactId) && c.contact().connections().stream()
                        .anyMatch(leg -> leg.id().equals(connectionId) && leg.state() == state),
                WAIT, "customer leg " + state);
    }

    private static void awaitThirdParty(AgentClient agent, String contactId, ConnectionState state)
            throws InterruptedException {
        agent.events.await(0, event -> event instanceof dev.callbench.api.event.ContactEvent c
                && c.contactId().equals(contactId) && c.contact().connections().stream()
                        .anyMatch(leg -> leg.type() == ConnectionType.OUTBOUND && !leg.initial()
                                && leg.state() == state), WAIT, "third party " + state);
    }

    private static void awaitAllConnected(AgentClient agent, String contactId) throws InterruptedException {
        agent.events.await(0, event -> event instanceof dev.callbench.api.event.ContactEvent c
                && c.contactId().equals(contactId) && c.contact().connections().size() == 3
                && c.contact().connections().stream().allMatch(leg -> leg.state() == ConnectionState.CONNECTED),
                WAIT, "conference");
    }

    static List<String> contactEventsWithoutRefresh(AgentClient agent, int from) {
        return agent.events.names(from).stream().filter(name -> name.startsWith("contact::"))
                .filter(name -> !name.equals("contact::refresh") && !name.equals("contact::accepted")).toList();
    }

    static List<String> stateNames(AgentClient agent, int from) {
        return agent.events.events().subList(from, agent.events.size()).stream()
                .filter(EventRecorder.agent(dev.callbench.api.event.AgentEvent.Type.STATE_CHANGE))
                .map(event -> ((dev.callbench.api.event.AgentEvent) event).newState().name()).toList();
    }
}
