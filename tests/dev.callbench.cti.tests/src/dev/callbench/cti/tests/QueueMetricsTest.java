package dev.callbench.cti.tests;

import static dev.callbench.cti.tests.AgentClient.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.callbench.api.QueueMetrics;
import dev.callbench.tests.support.Wait;

/**
 * The CTI client's queue metrics (GetCurrentMetricData) against the real local contact center: the agent's own
 * queue, counted as the agent goes available, takes a call, and a second caller waits.
 */
class QueueMetricsTest {

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
    void theAgentsQueueIsCountedAsTheAgentWorksAndACallerWaits() throws Exception {
        try (AgentClient agent = AgentClient.signIn(server.ctiEndpoint(), 4)) {
            agent.goAvailable();
            QueueMetrics idle = only(metrics(agent));
            assertEquals("Queue4", idle.queue().name());
            assertEquals(List.of(0, 1, 1, 0), counts(idle), idle.toString());
            assertEquals(Duration.ZERO, idle.oldestContactAge());

            String call = agent.takeCall(server, 4);
            String waiting = server.placeCall(4);
            Wait.until("the second caller has waited a second", () -> only(metrics(agent)).oldestContactAge()
                    .compareTo(Duration.ofSeconds(1)) >= 0, WAIT, () -> metrics(agent));
            QueueMetrics busy = only(metrics(agent));
            assertEquals(List.of(1, 1, 0, 1), counts(busy), busy.toString());
            server.hangUp(waiting);
            server.hangUp(call);
        }
    }

    /** Waiting, online, available, on contact. */
    private static List<Integer> counts(QueueMetrics metrics) {
        return List.of(metrics.contactsInQueue(), metrics.agentsOnline(), metrics.agentsAvailable(),
                metrics.agentsOnContact());
    }

    private static List<QueueMetrics> metrics(AgentClient agent) {
        try {
            return agent.center().queueMetrics().toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("the queue metrics could not be had", e);
        }
    }

    private static QueueMetrics only(List<QueueMetrics> metrics) {
        assertEquals(1, metrics.size(), metrics.toString());
        return metrics.get(0);
    }
}
