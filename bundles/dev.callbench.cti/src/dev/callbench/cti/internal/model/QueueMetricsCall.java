package dev.callbench.cti.internal.model;

import static dev.callbench.cti.internal.wire.AnswerReads.read;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.callbench.api.Queue;
import dev.callbench.api.QueueMetrics;
import dev.callbench.cti.internal.wire.MalformedSnapshotException;
import dev.callbench.cti.internal.wire.WireValues;

/**
 * {@code GetCurrentMetricData} for the queues of the agent's routing profile, grouped by queue, as Amazon Connect's
 * operation of that name takes and answers it: the request, and the answer read into the API's records.
 */
final class QueueMetricsCall {

    static final String OPERATION = "GetCurrentMetricData";
    private static final Map<String, String> METRICS = Map.of("CONTACTS_IN_QUEUE", "COUNT", "OLDEST_CONTACT_AGE",
            "SECONDS", "AGENTS_ONLINE", "COUNT", "AGENTS_AVAILABLE", "COUNT", "AGENTS_ON_CONTACT", "COUNT");

    private QueueMetricsCall() {
    }

    static JsonObject request(List<Queue> queues) {
        JsonArray arns = new JsonArray();
        queues.forEach(queue -> arns.add(queue.arn()));
        JsonArray channels = new JsonArray();
        channels.add("VOICE");
        JsonObject filters = new JsonObject();
        filters.add("Queues", arns);
        filters.add("Channels", channels);
        JsonArray groupings = new JsonArray();
        groupings.add("QUEUE");
        JsonArray metrics = new JsonArray();
        METRICS.forEach((name, unit) -> {
            JsonObject metric = new JsonObject();
            metric.addProperty("Name", name);
            metric.addProperty("Unit", unit);
            metrics.add(metric);
        });
        JsonObject body = new JsonObject();
        body.add("Filters", filters);
        body.add("Groupings", groupings);
        body.add("CurrentMetrics", metrics);
        return body;
    }

    /**
     * The metrics of each queue asked about, in the order asked; a queue the answer leaves out has nothing to count
     * (Connect leaves out what it finds no data for), so it counts zero.
     */
    static List<QueueMetrics> metrics(JsonObject answer, List<Queue> queues) {
        return read(() -> {
            Instant at = WireValues.timestamp(answer, "DataSnapshotTime", OPERATION);
            JsonArray results = WireValues.array(answer, "MetricResults", OPERATION);
            Map<String, Map<String, Double>> byQueue = new HashMap<>();
            for (int i = 0; i < results.size(); i++) {
                String path = "MetricResults[" + i + "]";
                JsonObject result = WireValues.item(results, i, "MetricResults");
                JsonObject queue = WireValues.object(WireValues.object(result, "Dimensions", path), "Queue",
                        path + ".Dimensions");
                byQueue.put(WireValues.text(queue, "Arn", path + ".Dimensions.Queue"), values(result, path));
            }
            List<QueueMetrics> metrics = new ArrayList<>();
            for (Queue queue : queues) {
                Map<String, Double> values = byQueue.getOrDefault(queue.arn(), Map.of());
                metrics.add(new QueueMetrics(queue, count(values, "CONTACTS_IN_QUEUE"),
                        Duration.ofMillis(Math.round(values.getOrDefault("OLDEST_CONTACT_AGE", 0.0) * 1000)),
                        count(values, "AGENTS_ONLINE"), count(values, "AGENTS_AVAILABLE"),
                        count(values, "AGENTS_ON_CONTACT"), at));
            }
            return metrics;
        });
    }

    /** A metric's value by its name; null (Connect: nothing to compute) is left out. */
    private static Map<String, Double> values(JsonObject result, String path) throws MalformedSnapshotException {
        Map<String, Double> values = new HashMap<>();
        JsonArray collections = WireValues.array(result, "Collections", path);
        for (int i = 0; i < collections.size(); i++) {
            String item = path + ".Collections[" + i + "]";
            JsonObject data = WireValues.item(collections, i, path + ".Collections");
            String name = WireValues.text(WireValues.object(data, "Metric", item), "Name", item + ".Metric");
            Double value = WireValues.optionalNumber(data, "Value", item);
            if (value != null) {
                values.put(name, value);
            }
        }
        return values;
    }

    private static int count(Map<String, Double> values, String name) {
        return (int) Math.round(values.getOrDefault(name, 0.0));
    }
}
