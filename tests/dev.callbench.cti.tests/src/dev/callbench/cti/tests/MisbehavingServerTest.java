package dev.callbench.cti.tests;

import static dev.callbench.cti.tests.AgentClient.WAIT;
import static dev.callbench.tests.support.EventRecorder.agent;
import static dev.callbench.tests.support.EventRecorder.contact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Collections;

import org.junit.jupiter.api.Test;

import dev.callbench.api.ContactState;
import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.ContactEvent.Type;
import dev.callbench.cti.connect.CtiTimings;
import dev.callbench.tests.support.SampleSnapshots;
import dev.callbench.tests.support.Wait;

/**
 * Broken JSON, an unknown contact state, a missing field, an HTTP error and a hung server: each is reported to
 * the agent in a sentence, the last good state stays as it was, and the long poll goes on, so that the next good
 * snapshot is shown.
 */
class MisbehavingServerTest {

    private static final CtiTimings SHORT_POLLS = new CtiTimings(Duration.ofSeconds(2),
            Duration.ofSeconds(4), Duration.ofMillis(20), Duration.ofMillis(200));

    @Test
    void badAnswersAreReportedTheLastGoodStateIsKeptAndPollingGoesOn() throws Exception {
        try (MisbehavingServer server = new MisbehavingServer()) {
            server.next(200, SampleSnapshots.callOffered());
            try (AgentClient agent = AgentClient.signIn(server.ctiEndpoint(), "agent", "pw", SHORT_POLLS)) {
                agent.events.await(0, contact(Type.CONNECTING, SampleSnapshots.CONTACT_ID), WAIT, "offered call");
                agent.events.await(0, contact(Type.REFRESH, SampleSnapshots.CONTACT_ID), WAIT, "end of the snapshot");
                int events = agent.events.size();

                expectProblem(agent, server, 200, "{\"snapshot\": {\"state\": ");
                expectProblem(agent, server, 200, SampleSnapshots.callOffered().replace("\"connecting\", \"timestamp\": 1714060862",
                        "\"teleporting\", \"timestamp\": 1714060862"));
                expectProblem(agent, server, 200, SampleSnapshots.callOffered().replaceFirst("\"contacts\"", "\"contactz\""));
                expectProblem(agent, server, 500, "{\"__type\": \"InternalServiceException\", \"message\": \"boom\"}");
                assertEquals(Collections.nCopies(4, "agent::contact_center_error"), agent.events.names(events),
                        "a bad answer brings an error event and nothing else");

                agent.events.await(events, agent(AgentEvent.Type.CONNECTION_LOST), WAIT, "a hung server noticed");
                assertStillOffered(agent);

                server.settle(200, SampleSnapshots.callOffered().replace("\"connecting\", \"timestamp\": 1714060862",
                        "\"connected\", \"timestamp\": 1714060863"));
                agent.events.await(events, agent(AgentEvent.Type.CONNECTION_GAINED), WAIT, "the server answers again");
                agent.events.await(events, contact(Type.CONNECTED, SampleSnapshots.CONTACT_ID), WAIT, "next good one");
            }
        }
    }

    @Test
    void aRunOfRefusedPollsSignsTheAgentInOnceNotOncePerRefusal() throws Exception {
        try (MisbehavingServer server = new MisbehavingServer()) {
            server.next(200, SampleSnapshots.callOffered());
            try (AgentClient agent = AgentClient.signIn(server.ctiEndpoint(), "agent", "pw", SHORT_POLLS)) {
                agent.events.await(0, contact(Type.CONNECTING, SampleSnapshots.CONTACT_ID), WAIT, "offered call");
                assertEquals(1, server.signIns());
                server.awaitAnswered(1, WAIT);

                server.holdSignIns();
                String expired = "{\"__type\": \"UnauthorizedException\", \"message\": \"token expired\"}";
                for (int i = 0; i < 3; i++) {
                    server.next(401, expired);
                }
                assertTrue(server.awaitAnswered(3, WAIT), "the client kept polling while it signed in again");
                Wait.until("the client signs in again", () -> server.signIns() >= 2, WAIT);
                assertEquals(2, server.signIns(), "one sign-in again while it is under way, not one per refusal");

                server.answerSignIns();
                server.settle(200, SampleSnapshots.callOffered().replace("\"connecting\", \"timestamp\": 1714060862",
                        "\"connected\", \"timestamp\": 1714060863"));
                agent.events.await(0, contact(Type.CONNECTED, SampleSnapshots.CONTACT_ID), WAIT, "polling goes on");
            }
        }
    }

    private static void expectProblem(AgentClient agent, MisbehavingServer server, int status, String body)
            throws InterruptedException {
        int problems = agent.events.problems().size();
        int events = agent.events.size();
        server.next(status, body);
        String sentence = agent.events.awaitProblem(problems, WAIT);
        assertFalse(sentence.isBlank());
        var error = (AgentEvent.ContactCenterProblem) agent.events.await(events, agent(AgentEvent.Type.CONTACT_CENTER_ERROR), WAIT,
                "an error event for the agent");
        assertEquals(sentence, error.problem());
        assertStillOffered(agent);
    }

    private static void assertStillOffered(AgentClient agent) {
        assertEquals(ContactState.CONNECTING, agent.snapshot().contacts().get(0).state(), "the last good state");
        assertEquals("PendingBusy", agent.snapshot().agent().state().name());
    }
}
