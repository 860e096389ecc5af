package dev.callbench.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.callbench.tests.support.Wait;

/**
 * GetCurrentMetricData, with the members of Connect's operation of that name, for the queues of the asking agent's
 * routing profile, grouped by queue: contacts waiting and the oldest one's age, agents online, available and on
 * contact, each counted as the agents and callers of a real local contact center change.
 */
class CurrentMetricsTest {

    private static final String ALL_METRICS = "[{\"Name\":\"CONTACTS_IN_QUEUE\",\"Unit\":\"COUNT\"},"
            + "{\"Name\":\"OLDEST_CONTACT_AGE\",\"Unit\":\"SECONDS\"},{\"Name\":\"AGENTS_ONLINE\",\"Unit\":\"COUNT\"},"
            + "{\"Name\":\"AGENTS_AVAILABLE\",\"Unit\":\"COUNT\"},{\"Name\":\"AGENTS_ON_CONTACT\",\"Unit\":\"COUNT\"}]";
    private static final Duration SOON = Duration.ofSeconds(10);

    private TestServer server;

    /** Offers ring for a minute here, so that a waiting call stays offered, or waiting, while the test counts. */
    @BeforeEach
    void start() throws Exception {
        server = TestServer.start("{\"offerTimeoutMillis\": 60000, \"outboundAnswerMillis\": 50}", "");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void eachQueueOfTheProfileIsCountedAsAgentsAndCallersChange() throws Exception {
        AgentSession bob = server.agent("bob", null); // Offline: signed in, not online
        JsonArray queues = bob.queueArns();
        assertEquals(Map.of("CONTACTS_IN_QUEUE", 0.0, "OLDEST_CONTACT_AGE", 0.0, "AGENTS_ONLINE", 0.0,
                "AGENTS_AVAILABLE", 0.0, "AGENTS_ON_CONTACT", 0.0), metrics(bob, queues, "Sales"));

        bob.putState("Available");
        bob.awaitState("Available");
        server.agent("carol", "Break"); // online, not available
        Map<String, Double> sales = metrics(bob, queues, "Sales");
        assertEquals(2.0, sales.get("AGENTS_ONLINE"), sales.toString());
        assertEquals(1.0, sales.get("AGENTS_AVAILABLE"), sales.toString());
        assertEquals(1.0, metrics(bob, queues, "BasicQueue").get("AGENTS_AVAILABLE"),
                "Alice serves BasicQueue too, but is not signed in");

        String first = server.connectedCall(bob, "Sales");
        server.placeCall("Sales"); // nobody is free for it: it waits
        Wait.until("the waiting call is a second old", () -> oldestAge(bob, queues) >= 1.0, SOON,
                () -> quietly(bob, queues));
        sales = metrics(bob, queues, "Sales");
        assertEquals(1.0, sales.get("CONTACTS_IN_QUEUE"), sales.toString());
        assertEquals(1.0, sales.get("AGENTS_ON_CONTACT"), sales.toString());
        assertEquals(0.0, sales.get("AGENTS_AVAILABLE"), sales.toString());
        assertEquals(0.0, metrics(bob, queues, "BasicQueue").get("CONTACTS_IN_QUEUE"));

        server.client().hangUp(first);
        bob.awaitState("AfterCallWork");
        bob.ok("ClearContact", "{\"contactId\":\"" + first + "\"}");
        bob.await("the waiting call is offered", s -> s.getAsJsonArray("contacts").size() == 1
                && !s.getAsJsonArray("contacts").get(0).getAsJsonObject().get("contactId").getAsString().equals(first));
        sales = metrics(bob, queues, "Sales");
        assertEquals(0.0, sales.get("CONTACTS_IN_QUEUE"), sales.toString());
        assertEquals(0.0, sales.get("OLDEST_CONTACT_AGE"), sales.toString());
        assertEquals(0.0, sales.get("AGENTS_ON_CONTACT"), "an offer is no contact worked yet: " + sales);
    }

    @Test
    void theAnswerHasConnectsShape() throws Exception {
        AgentSession bob = server.agent("bob", null);
        JsonObject answer = bob.ok("GetCurrentMetricData", request(bob.queueArns(), "[\"QUEUE\",\"CHANNEL\"]"));
        JsonArray results = answer.getAsJsonArray("MetricResults");
        assertEquals(2, results.size(), answer.toString());
        assertEquals(2, answer.get("ApproximateTotalCount").getAsInt());
        assertTrue(answer.get("DataSnapshotTime").getAsDouble() > 1.7e9, answer.toString());
        JsonObject dimensions = results.get(0).getAsJsonObject().getAsJsonObject("Dimensions");
        String arn = dimensions.getAsJsonObject("Queue").get("Arn").getAsString();
        assertEquals(arn.substring(arn.lastIndexOf('/') + 1), dimensions.getAsJsonObject("Queue").get("Id").getAsString());
        assertEquals("VOICE", dimensions.get("Channel").getAsString());
        JsonObject age = results.get(0).getAsJsonObject().getAsJsonArray("Collections").get(1).getAsJsonObject();
        assertEquals("{\"Name\":\"OLDEST_CONTACT_AGE\",\"Unit\":\"SECONDS\"}", age.get("Metric").toString());
    }

    @Test
    void aQueueOutsideTheAgentsRoutingProfileIsRefused() throws Exception {
        JsonArray sales = new JsonArray();
        sales.add(server.agent("bob", null).queueArns().get(1));
        HttpAnswer refused = server.agent("alice", null).call("GetCurrentMetricData", request(sales, "[\"QUEUE\"]"));
        assertEquals(403, refused.status(), refused.body());
        assertEquals("AccessDeniedException", refused.errorType());
    }

    @Test
    void anUnknownMetricOrAnAnswerNotPerQueueIsRefused() throws Exception {
        AgentSession bob = server.agent("bob", null);
        String queues = bob.queueArns().toString();
        HttpAnswer unknown = bob.call("GetCurrentMetricData", "{\"Filters\":{\"Queues\":" + queues
                + "},\"Groupings\":[\"QUEUE\"],\"CurrentMetrics\":[{\"Name\":\"SLOTS_ACTIVE\",\"Unit\":\"COUNT\"}]}");
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("InvalidParameterException", unknown.errorType());
        HttpAnswer wrongUnit = bob.call("GetCurrentMetricData", "{\"Filters\":{\"Queues\":" + queues
                + "},\"Groupings\":[\"QUEUE\"],\"CurrentMetrics\":[{\"Name\":\"OLDEST_CONTACT_AGE\",\"Unit\":\"COUNT\"}]}");
        assertEquals(400, wrongUnit.status(), wrongUnit.body());
        HttpAnswer ungrouped = bob.call("GetCurrentMetricData", "{\"Filters\":{\"Queues\":" + queues
                + "},\"CurrentMetrics\":" + ALL_METRICS + "}");
        assertEquals(400, ungrouped.status(), ungrouped.body());
        assertTrue(ungrouped.json().get("message").getAsString().contains("QUEUE"), ungrouped.body());
    }

    private static String request(JsonArray queues, String groupings) {
        return "{\"Filters\":{\"Queues\":" + queues + ",\"Channels\":[\"VOICE\"]},\"Groupings\":" + groupings
                + ",\"CurrentMetrics\":" + ALL_METRICS + "}";
    }

    /** The metrics of the named queue, by metric name, from one GetCurrentMetricData for all the queues. */
    private static Map<String, Double> metrics(AgentSession agent, JsonArray queues, String queue)
            throws IOException, InterruptedException {
        JsonObject answer = agent.ok("GetCurrentMetricData", request(queues, "[\"QUEUE\"]"));
        for (JsonElement result : answer.getAsJsonArray("MetricResults")) {
            JsonObject each = result.getAsJsonObject();
            String arn = each.getAsJsonObject("Dimensions").getAsJsonObject("Queue").get("Arn").getAsString();
            if (arn.endsWith("/" + arnId(queues, queue))) {
                Map<String, Double> values = new HashMap<>();
                each.getAsJsonArray("Collections").forEach(c -> values.put(c.getAsJsonObject()
                        .getAsJsonObject("Metric").get("Name").getAsString(), c.getAsJsonObject().get("Value")
                                .getAsDouble()));
                return values;
            }
        }
        throw new AssertionError("no metrics of " + queue + ": " + answer);
    }

    /** The ids of the test configuration's queues are derived from their names; the ARNs list them in order. */
    private static String arnId(JsonArray queues, String queue) {
        String arn = queues.get(queue.equals("BasicQueue") ? 0 : 1).getAsString();
        return arn.substring(arn.lastIndexOf('/') + 1);
    }

    private static double oldestAge(AgentSession agent, JsonArray queues) {
        try {
            return metrics(agent, queues, "Sales").get("OLDEST_CONTACT_AGE");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Object quietly(AgentSession agent, JsonArray queues) {
        try {
            return metrics(agent, queues, "Sales");
        } catch (IOException | InterruptedException e) {
            return e;
        }
    }
}
