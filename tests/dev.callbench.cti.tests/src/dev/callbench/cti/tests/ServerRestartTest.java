package dev.callbench.cti.tests;

import static dev.callbench.cti.tests.AgentClient.WAIT;
import static dev.callbench.tests.support.EventRecorder.agent;
import static dev.callbench.tests.support.EventRecorder.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.concurrent.ExecutionException;

import org.junit.jupiter.api.Test;

import dev.callbench.api.Contact;
import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.ContactEvent.Type;
import dev.callbench.api.service.ActionFailedException;
import dev.callbench.server.internal.center.AgentSnapshot;

/**
 * The local contact center is stopped in the middle of a call and started again on the same port: the client
 * reports the loss at once, refuses actions with a network failure meanwhile, recovers by itself, and then
 * shows the agent's state and contacts as the server has them, with each contact event reported once.
 */
class ServerRestartTest {

    @Test
    void theClientReportsTheLossRecoversAndMatchesTheServer() throws Exception {
        try (LocalServer server = LocalServer.start(30_000);
                AgentClient agent = AgentClient.signIn(server.ctiEndpoint(), 1)) {
            agent.goAvailable();
            int from = agent.events.size();
            String contactId = agent.takeCall(server, 1);

            server.stop();
            agent.events.await(from, agent(AgentEvent.Type.CONNECTION_LOST), WAIT, "connection lost");
            assertFalse(agent.events.problems().isEmpty(), "the agent is told the contact center is unreachable");
            assertEquals(contactId, agent.snapshot().contacts().get(0).id(), "the last known call is kept");
            ExecutionException refused = assertThrows(ExecutionException.class,
                    () -> CtiEndToEndTest.done(agent.center().end(contactId)));
            assertEquals(ActionFailedException.Reason.NOT_CONNECTED, ActionFailedException.of(refused).reason());

            server.restart();
            agent.events.await(from, agent(AgentEvent.Type.CONNECTION_GAINED), WAIT, "connection regained");
            agent.events.await(from, contact(Type.DESTROYED, contactId), WAIT, "the call gone, as on the server");
            AgentSnapshot onServer = server.running().center().snapshot("agent1");
            assertEquals(onServer.state().name(), agent.snapshot().agent().state().name());
            assertEquals(onServer.contacts().stream().map(AgentSnapshot.ContactView::id).toList(),
                    agent.snapshot().contacts().stream().map(Contact::id).toList());
            assertEquals(1, count(agent, from, "contact::init"), "the call was announced once");
            assertEquals(1, count(agent, from, "contact::ended"), "the call ended once");
            assertEquals(1, count(agent, from, "contact::destroyed"), "the call went away once");
        }
    }

    private static long count(AgentClient agent, int from, String name) {
        List<String> names = agent.events.names(from);
        return names.stream().filter(name::equals).count();
    }
}
