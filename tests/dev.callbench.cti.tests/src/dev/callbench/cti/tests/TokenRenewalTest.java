package dev.callbench.cti.tests;

import static dev.callbench.cti.tests.AgentClient.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

import dev.callbench.api.AgentState;
import dev.callbench.tests.support.EventRecorder;

/**
 * With access tokens that live two seconds, the client renews its token before it expires: for three times
 * that lifetime the agent keeps changing state without a single refused call or problem report.
 */
class TokenRenewalTest {

    private static final long TOKEN_SECONDS = 2;

    @Test
    void theTokenIsRenewedBeforeItExpires() throws Exception {
        try (LocalServer server = LocalServer.start(30_000, TOKEN_SECONDS);
                AgentClient agent = AgentClient.signIn(server.ctiEndpoint(), 1)) {
            agent.goAvailable();
            long until = System.nanoTime() + Duration.ofSeconds(3 * TOKEN_SECONDS).toNanos();
            String next = "Break";
            while (System.nanoTime() < until) {
                int from = agent.events.size();
                AgentState state = agent.snapshot().agent().selectableState(next).orElseThrow();
                CtiEndToEndTest.done(agent.center().setState(state));
                agent.events.await(from, EventRecorder.stateBecomes(next), WAIT, next);
                next = next.equals("Break") ? "Available" : "Break";
            }
            assertEquals(List.of(), agent.events.problems(), "no problem reported to the agent");
        }
    }
}
