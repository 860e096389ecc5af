package dev.callbench.cti.tests;

import static dev.callbench.cti.tests.AgentClient.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import dev.callbench.api.Contact;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.tests.support.EventRecorder;

/**
 * Several agents work calls at the same time against one local contact center: each agent's client sees
 * exactly its own call, from offer to cleared, and every agent is Available again at the end.
 */
class SeveralAgentsTest {

    @Test
    void eachAgentSeesOnlyItsOwnCall() throws Exception {
        List<AgentClient> agents = new ArrayList<>();
        ExecutorService desks = Executors.newFixedThreadPool(LocalServer.AGENTS);
        try (LocalServer server = LocalServer.start(30_000)) {
            for (int i = 1; i <= LocalServer.AGENTS; i++) {
                agents.add(AgentClient.signIn(server.ctiEndpoint(), i));
            }
            List<CompletableFuture<String>> calls = new ArrayList<>();
            for (int i = 0; i < agents.size(); i++) {
                AgentClient agent = agents.get(i);
                int number = i + 1;
                calls.add(CompletableFuture.supplyAsync(() -> workOneCall(agent, server, number), desks));
            }
            for (int i = 0; i < agents.size(); i++) {
                String contactId = calls.get(i).get(3 * WAIT.toSeconds(), TimeUnit.SECONDS);
                AgentClient agent = agents.get(i);
                assertEquals(List.of(contactId), contactIdsSeen(agent), "agent" + (i + 1) + " saw only its call");
                assertEquals(List.of(), agent.snapshot().contacts().stream().map(Contact::id).toList());
                assertEquals("Available", agent.snapshot().agent().state().name());
            }
        } finally {
            desks.shutdownNow();
            agents.forEach(AgentClient::close);
        }
    }

    private static String workOneCall(AgentClient agent, LocalServer server, int number) {
        try {
            agent.goAvailable();
            String contactId = agent.takeCall(server, number);
            CtiEndToEndTest.done(agent.center().end(contactId));
            CtiEndToEndTest.done(agent.center().clearAfterCallWork(contactId));
            agent.events.await(0, EventRecorder.contact(ContactEvent.Type.DESTROYED, contactId), WAIT, "cleared");
            agent.events.await(0, event -> agent.snapshot().agent().state().name().equals("Available")
                    && agent.snapshot().contacts().isEmpty(), WAIT, "Available again");
            return contactId;
        } catch (Exception e) {
            throw new AssertionError("agent" + number + " could not work its call", e);
        }
    }

    private static List<String> contactIdsSeen(AgentClient agent) {
        return agent.events.events().stream().filter(event -> event instanceof ContactEvent)
                .map(event -> ((ContactEvent) event).contactId()).distinct().toList();
    }
}
