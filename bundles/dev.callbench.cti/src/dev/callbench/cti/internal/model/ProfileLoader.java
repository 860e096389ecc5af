package dev.callbench.cti.internal.model;

import static dev.callbench.cti.internal.wire.AnswerReads.read;
import static dev.callbench.cti.internal.wire.WireValues.array;
import static dev.callbench.cti.internal.wire.WireValues.flag;
import static dev.callbench.cti.internal.wire.WireValues.object;
import static dev.callbench.cti.internal.wire.WireValues.optionalObject;
import static dev.callbench.cti.internal.wire.WireValues.optionalText;
import static dev.callbench.cti.internal.wire.WireValues.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.callbench.api.AgentConfiguration;
import dev.callbench.api.AgentState;
import dev.callbench.api.Queue;
import dev.callbench.api.RoutingProfile;
import dev.callbench.cti.internal.wire.MalformedSnapshotException;
import dev.callbench.cti.internal.wire.SnapshotParser;

/**
 * Loads the agent's profile the way Streams' worker does before it lets a snapshot through:
 * {@code GetAgentConfiguration}, then {@code GetAgentStates}, {@code GetAgentPermissions} and
 * {@code GetRoutingProfileQueues}.
 */
public final class ProfileLoader {

    private static final int PAGE_SIZE = 100;

    private final BiFunction<String, JsonObject, CompletableFuture<JsonObject>> calls;

    public ProfileLoader(BiFunction<String, JsonObject, CompletableFuture<JsonObject>> calls) {
        this.calls = calls;
    }

    public CompletableFuture<AgentProfile> load() {
        return calls.apply("GetAgentConfiguration", new JsonObject()).thenCompose(answer -> {
            JsonObject configuration = read(() -> object(answer, "configuration", "answer"));
            JsonObject profile = read(() -> object(configuration, "routingProfile", "configuration"));
            String profileArn = read(() -> text(profile, "routingProfileARN", "configuration.routingProfile"));
            CompletableFuture<List<JsonObject>> states = pages("GetAgentStates", "states", new JsonObject());
            CompletableFuture<List<JsonObject>> permissions = pages("GetAgentPermissions", "permissions",
                    new JsonObject());
            JsonObject queuesRequest = new JsonObject();
            queuesRequest.addProperty("routingProfileARN", profileArn);
            CompletableFuture<List<JsonObject>> queues = pages("GetRoutingProfileQueues", "queues", queuesRequest);
            return CompletableFuture.allOf(states, permissions, queues).thenApply(done -> read(
                    () -> profile(configuration, profile, states.join(), permissions.join(), queues.join())));
        });
    }

    private static AgentProfile profile(JsonObject configuration, JsonObject profile, List<JsonObject> states,
            List<JsonObject> permissions, List<JsonObject> queues) throws MalformedSnapshotException {
        String path = "configuration";
        List<AgentState> selectable = new ArrayList<>();
        for (JsonObject state : states) {
            selectable.add(SnapshotParser.agentState(state, "states[]"));
        }
        Set<String> allowed = new LinkedHashSet<>();
        for (JsonObject permission : permissions) {
            allowed.add(text(permission, "value", "permissions[]"));
        }
        List<Queue> profileQueues = new ArrayList<>();
        for (JsonObject queue : queues) {
            profileQueues.add(queue(queue, "queues[]"));
        }
        RoutingProfile routing = new RoutingProfile(text(profile, "routingProfileARN", path),
                text(profile, "name", path), queue(object(profile, "defaultOutboundQueue", path), path), profileQueues);
        String name = text(configuration, "name", path);
        String username = optionalText(configuration, "username", path);
        return new AgentProfile(name, username == null ? name : username, routing, selectable, allowed,
                new AgentConfiguration(flag(configuration, "softphoneEnabled", path),
                        flag(configuration, "softphoneAutoAccept", path), text(configuration, "extension", path),
                        language(configuration, path)));
    }

    /** The agent's {@code LANGUAGE} preference; empty when the contact center keeps none. */
    private static String language(JsonObject configuration, String path) throws MalformedSnapshotException {
        JsonObject preferences = optionalObject(configuration, "agentPreferences", path);
        String language = preferences == null ? null : optionalText(preferences, "LANGUAGE", path + ".agentPreferences");
        return language == null ? "" : language;
    }

    private static Queue queue(JsonObject queue, String path) throws MalformedSnapshotException {
        return new Queue(text(queue, "queueARN", path), text(queue, "name", path));
    }

    /** Every item of a paged list; plain strings come back as {@code {"value": ...}}. */
    private CompletableFuture<List<JsonObject>> pages(String operation, String field, JsonObject request) {
        return page(operation, field, request, new ArrayList<>());
    }

    private CompletableFuture<List<JsonObject>> page(String operation, String field, JsonObject request,
            List<JsonObject> items) {
        JsonObject body = request.deepCopy();
        body.addProperty("maxResults", PAGE_SIZE);
        return calls.apply(operation, body).thenCompose(answer -> {
            JsonArray list = read(() -> array(answer, field, operation));
            list.forEach(item -> items.add(item.isJsonObject() ? item.getAsJsonObject() : wrap(item)));
            String next = read(() -> optionalText(answer, "nextToken", operation));
            if (next == null || list.isEmpty()) {
                return CompletableFuture.completedFuture(items);
            }
            JsonObject following = request.deepCopy();
            following.addProperty("nextToken", next);
            return page(operation, field, following, items);
        });
    }

    /** A list item that is not an object, under {@code value}: read (and checked) like any other field. */
    private static JsonObject wrap(JsonElement value) {
        JsonObject wrapped = new JsonObject();
        wrapped.add("value", value);
        return wrapped;
    }
}
