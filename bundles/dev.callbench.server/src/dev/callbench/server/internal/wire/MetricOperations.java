package dev.callbench.server.internal.wire;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.callbench.server.internal.Messages;
import dev.callbench.server.internal.center.ContactCenter;
import dev.callbench.server.internal.center.Queue;
import dev.callbench.server.internal.center.QueueMetrics;

/**
 * {@code GetCurrentMetricData}, with the request and answer members of Amazon Connect's operation of that name, for
 * the queues of the asking agent's routing profile, grouped by queue: contacts waiting, the oldest one's age, and the
 * agents online, available and on contact. Every contact here is a voice contact.
 */
final class MetricOperations {

    /** Connect's limit on the queues of one request. */
    private static final int MAX_QUEUES = 100;
    private static final String VOICE = "VOICE";
    private static final Set<String> CHANNELS = Set.of(VOICE, "CHAT", "TASK");
    private static final Set<String> GROUPINGS = Set.of("QUEUE", "CHANNEL");
    /** The metrics served, each with the one unit Connect gives it. */
    private static final Map<String, String> UNITS = Map.of("CONTACTS_IN_QUEUE", "COUNT", "OLDEST_CONTACT_AGE",
            "SECONDS", "AGENTS_ONLINE", "COUNT", "AGENTS_AVAILABLE", "COUNT", "AGENTS_ON_CONTACT", "COUNT");

    private final ContactCenter center;

    MetricOperations(ContactCenter center) {
        this.center = center;
    }

    void register(Map<String, Operation> operations) {
        operations.put("GetCurrentMetricData", this::currentMetricData);
    }

    private JsonObject currentMetricData(String login, JsonInput in) {
        JsonInput filters = in.object("Filters");
        List<Queue> queues = queues(login, filters.stringList("Queues"));
        List<String> channels = filters.optionalStringList("Channels");
        List<String> groupings = in.optionalStringList("Groupings");
        if (channels != null && !CHANNELS.containsAll(channels)) {
            throw invalid(Messages.format("error.metricChannel", String.join(", ", CHANNELS)));
        }
        if (groupings == null || !groupings.contains("QUEUE") || !GROUPINGS.containsAll(groupings)) {
            throw invalid(Messages.format("error.metricGrouping"));
        }
        List<String> metrics = metricNames(in.objectList("CurrentMetrics"));
        JsonArray results = new JsonArray();
        List<QueueMetrics> measured = center.currentMetrics(queues);
        if (channels == null || channels.contains(VOICE)) {
            measured.forEach(each -> results.add(result(each, metrics, groupings.contains("CHANNEL"))));
        }
        JsonObject json = new JsonObject();
        json.add("MetricResults", results);
        json.add("DataSnapshotTime", WireJson.timestamp(measured.get(0).at())); // at least one queue was asked
        json.addProperty("ApproximateTotalCount", results.size());
        return json;
    }

    /** The queues asked about, by ARN or id; every one must be served by the agent's routing profile. */
    private List<Queue> queues(String login, List<String> asked) {
        if (asked.isEmpty() || asked.size() > MAX_QUEUES) {
            throw invalid(Messages.format("error.metricQueues", MAX_QUEUES));
        }
        List<Queue> served = center.directory().agent(login).orElseThrow().profile().queues();
        List<Queue> queues = new ArrayList<>();
        for (String arnOrId : asked) {
            Queue queue = served.stream().filter(q -> q.arn().equals(arnOrId) || id(q).equals(arnOrId)).findFirst()
                    .orElseThrow(() -> new CtiException(ErrorType.ACCESS_DENIED,
                            Messages.format("error.metricQueueNotYours", arnOrId)));
            if (!queues.contains(queue)) {
                queues.add(queue);
            }
        }
        return queues;
    }

    private static List<String> metricNames(List<JsonInput> asked) {
        if (asked.isEmpty()) {
            throw invalid(Messages.format("error.metricNames", String.join(", ", UNITS.keySet())));
        }
        List<String> names = new ArrayList<>();
        for (JsonInput metric : asked) {
            String name = metric.string("Name");
            String unit = UNITS.get(name);
            if (unit == null) {
                throw invalid(Messages.format("error.metricNames", String.join(", ", UNITS.keySet())));
            }
            String askedUnit = metric.optionalString("Unit");
            if (askedUnit != null && !askedUnit.equals(unit)) {
                throw invalid(Messages.format("error.metricUnit", name, unit));
            }
            names.add(name);
        }
        return names;
    }

    private static JsonObject result(QueueMetrics metrics, List<String> names, boolean byChannel) {
        JsonObject queue = new JsonObject();
        queue.addProperty("Id", id(metrics.queue()));
        queue.addProperty("Arn", metrics.queue().arn());
        JsonObject dimensions = new JsonObject();
        dimensions.add("Queue", queue);
        if (byChannel) {
            dimensions.addProperty("Channel", VOICE);
        }
        JsonArray collections = new JsonArray();
        for (String name : names) {
            JsonObject metric = new JsonObject();
            metric.addProperty("Name", name);
            metric.addProperty("Unit", UNITS.get(name));
            JsonObject data = new JsonObject();
            data.add("Metric", metric);
            data.addProperty("Value", value(metrics, name));
            collections.add(data);
        }
        JsonObject result = new JsonObject();
        result.add("Dimensions", dimensions);
        result.add("Collections", collections);
        return result;
    }

    /** Grouped by queue, Connect gives OLDEST_CONTACT_AGE in seconds, as its unit says. */
    private static double value(QueueMetrics metrics, String name) {
        return switch (name) {
            case "CONTACTS_IN_QUEUE" -> metrics.contactsInQueue();
            case "OLDEST_CONTACT_AGE" -> metrics.oldestContactAge().toMillis() / 1000.0;
            case "AGENTS_ONLINE" -> metrics.agentsOnline();
            case "AGENTS_AVAILABLE" -> metrics.agentsAvailable();
            case "AGENTS_ON_CONTACT" -> metrics.agentsOnContact();
            default -> throw new IllegalArgumentException(name);
        };
    }

    /** A queue's id: the last part of its ARN, as in Connect. */
    private static String id(Queue queue) {
        return queue.arn().substring(queue.arn().lastIndexOf('/') + 1);
    }

    private static CtiException invalid(String message) {
        return new CtiException(ErrorType.INVALID_PARAMETER, message);
    }
}
