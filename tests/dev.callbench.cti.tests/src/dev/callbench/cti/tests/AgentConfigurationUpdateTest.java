package dev.callbench.cti.tests;

import static dev.callbench.cti.tests.AgentClient.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.callbench.api.AgentConfiguration;
import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.service.ActionFailedException;
import dev.callbench.server.internal.center.AgentSettings;
import dev.callbench.tests.support.EventRecorder;

/**
 * The agent changes how they take calls through the Java client, as the CCP's settings do, against the real local
 * contact center: the contact center keeps it, the client's snapshot carries it at once, a sign-in after it reads it
 * back, and a desk phone number the contact center cannot call is refused in words.
 */
class AgentConfigurationUpdateTest {

    private static final int AGENT = 1;
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
    void aDeskPhoneAndALanguageAreKeptByTheContactCenterAndShownAtOnceAndAtTheNextSignIn() throws Exception {
        AgentConfiguration deskPhone = new AgentConfiguration(false, false, "+15555550142", "de_DE");
        try (AgentClient agent = AgentClient.signIn(server.ctiEndpoint(), AGENT)) {
            agent.goAvailable();
            int from = agent.events.size();
            done(agent.center().updateConfiguration(deskPhone));
            assertEquals(deskPhone, agent.snapshot().agent().configuration(), "the snapshot carries it at once");
            agent.events.await(from, EventRecorder.agent(AgentEvent.Type.REFRESH), WAIT, "a refresh with it");
            assertEquals(new AgentSettings(false, false, "+15555550142", Map.of("LANGUAGE", "de_DE")), serverSide());
        }
        try (AgentClient again = AgentClient.signIn(server.ctiEndpoint(), AGENT)) {
            again.events.await(0, EventRecorder.agent(AgentEvent.Type.INIT), WAIT, "the first snapshot");
            assertEquals(deskPhone, again.snapshot().agent().configuration(), "read back at the next sign-in");
            AgentConfiguration softphone = new AgentConfiguration(true, true, "", "en_US");
            done(again.center().updateConfiguration(softphone));
            assertEquals(softphone, again.snapshot().agent().configuration());
        }
    }

    @Test
    void aDeskPhoneNumberTheContactCenterCannotCallIsRefusedInWordsAndNothingChanges() throws Exception {
        try (AgentClient agent = AgentClient.signIn(server.ctiEndpoint(), AGENT + 1)) {
            agent.goAvailable();
            AgentConfiguration before = agent.snapshot().agent().configuration();
            ExecutionException refused = assertThrows(ExecutionException.class, () -> done(agent.center()
                    .updateConfiguration(new AgentConfiguration(false, false, "call me at home", ""))));
            ActionFailedException failure = ActionFailedException.of(refused.getCause());
            assertTrue(failure.getMessage().startsWith("The contact center cannot call that desk phone number."),
                    failure.getMessage());
            assertEquals(before, agent.snapshot().agent().configuration());
        }
    }

    private static AgentSettings serverSide() {
        return server.running().center().directory().agent("agent" + AGENT).orElseThrow().settings();
    }

    private static void done(CompletionStage<Void> action) throws Exception {
        action.toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
    }
}
