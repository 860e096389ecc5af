package dev.callbench.server.internal.wire;

import java.util.List;
import java.util.Map;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

import dev.callbench.server.internal.Messages;
import dev.callbench.server.internal.center.Agent;
import dev.callbench.server.internal.center.AgentSettings;
import dev.callbench.server.internal.center.Directory;
import dev.callbench.server.internal.center.RoutingProfile;

/** The agent's configuration calls Streams makes before it shows the first snapshot, and the quick connects. */
final class ConfigurationOperations {

    private final Directory directory;
    private final List<String> permissions;
    private final List<String> countries;

    ConfigurationOperations(Directory directory, List<String> permissions, List<String> countries) {
        this.directory = directory;
        this.permissions = permissions;
        this.countries = countries;
    }

    void register(Map<String, Operation> operations) {
        operations.put("GetAgentConfiguration", (login, in) -> configuration(agent(login)));
        operations.put("GetAgentPermissions",
                (login, in) -> Paging.page(in, "permissions", permissions, JsonPrimitive::new));
        operations.put("GetAgentStates",
                (login, in) -> Paging.page(in, "states", directory.states(), s -> WireJson.state(s, null)));
        operations.put("GetDialableCountryCodes",
                (login, in) -> Paging.page(in, "countryCodes", countries, JsonPrimitive::new));
        operations.put("GetRoutingProfileQueues", this::routingProfileQueues);
        operations.put("GetEndpoints", this::endpoints);
    }

    private Agent agent(String login) {
        return directory.agent(login).orElseThrow();
    }

    private JsonObject configuration(Agent agent) {
        RoutingProfile profile = agent.profile();
        JsonObject routing = new JsonObject();
        routing.addProperty("name", profile.name());
        routing.addProperty("routingProfileARN", profile.arn());
        routing.add("defaultOutboundQueue", WireJson.queue(profile.defaultOutboundQueue()));
        routing.add("channelConcurrencyMap", channelConcurrency());
        JsonObject configuration = new JsonObject();
        configuration.addProperty("name", agent.name());
        configuration.addProperty("username", agent.login());
        AgentSettings settings = agent.settings();
        configuration.addProperty("softphoneEnabled", settings.softphoneEnabled());
        configuration.addProperty("softphoneAutoAccept", settings.softphoneAutoAccept());
        configuration.addProperty("extension", settings.extension());
        configuration.add("routingProfile", routing);
        JsonObject preferences = new JsonObject();
        settings.preferences().forEach(preferences::addProperty);
        configuration.add("agentPreferences", preferences);
        configuration.addProperty("agentARN", agent.arn());
        JsonObject json = new JsonObject();
        json.add("configuration", configuration);
        return json;
    }

    /**
     * Every channel Streams knows, with how many contacts of it the agent takes at once: one voice contact (calls and
     * queued callbacks); chats and tasks are not routed here, 0, as Connect lists a channel a profile does not serve.
     */
    private static JsonObject channelConcurrency() {
        JsonObject concurrency = new JsonObject();
        concurrency.addProperty("VOICE", 1);
        concurrency.addProperty("CHAT", 0);
        concurrency.addProperty("TASK", 0);
        return concurrency;
    }

    /** All queues at once: Streams loses every page but the last of this call. */
    private JsonObject routingProfileQueues(String login, JsonInput in) {
        RoutingProfile profile = agent(login).profile();
        if (!profile.arn().equals(in.string("routingProfileARN"))) {
            throw new CtiException(ErrorType.ACCESS_DENIED, Messages.format("error.unknownRoutingProfile"));
        }
        JsonObject json = new JsonObject();
        JsonArray queues = new JsonArray();
        profile.queues().forEach(q -> queues.add(WireJson.queue(q)));
        json.add("queues", queues);
        return json;
    }

    /** The quick connects offered in the queues asked about (Streams asks with the agent's routing profile's). */
    private JsonObject endpoints(String login, JsonInput in) {
        List<String> queueArns = in.stringList("queueARNs");
        return Paging.page(in, "endpoints", directory.quickConnectsOfferedIn(queueArns), WireJson::endpoint);
    }
}
