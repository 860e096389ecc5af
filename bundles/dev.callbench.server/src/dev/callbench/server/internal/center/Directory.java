package dev.callbench.server.internal.center;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import dev.callbench.server.internal.config.ServerConfig;
import dev.callbench.server.internal.config.ServerConfig.AgentConfig;
import dev.callbench.server.internal.config.ServerConfig.QuickConnectConfig;
import dev.callbench.server.internal.config.ServerConfig.RoutingProfileConfig;

/** What the configuration defines, resolved once: queues, states, routing profiles, agents, quick connects. */
public final class Directory {

    private final Arns arns;
    private final Map<String, Queue> queues = new LinkedHashMap<>();
    private final Map<Queue, Integer> maxContacts = new HashMap<>();
    private final Map<String, RoutingProfile> profiles = new LinkedHashMap<>();
    private final Map<String, Agent> agents = new LinkedHashMap<>();
    private final List<AgentState> states;
    private final List<Endpoint> quickConnects;
    /** The ARNs of the queues each quick connect is offered in; a quick connect not in here is offered in all. */
    private final Map<Endpoint, Set<String>> offeredIn = new HashMap<>();

    public Directory(ServerConfig config, Instant now) {
        this.arns = new Arns(config.instance());
        config.queues().forEach(q -> {
            Queue queue = new Queue(q.name(), arns.of("queue", q.name()));
            queues.put(q.name(), queue);
            maxContacts.put(queue, q.maxContacts());
        });
        config.routingProfiles().forEach(p -> profiles.put(p.name(), profile(p)));
        this.states = config.agentStates().stream()
                .map(s -> new AgentState(s.name(), s.type(), arns.of("agent-state", s.name()))).toList();
        AgentState offline = states.stream().filter(s -> "offline".equals(s.type())).findFirst().orElseThrow();
        config.agents().forEach(a -> agents.put(a.login(), agent(a, offline, now)));
        this.quickConnects = config.quickConnects().stream().map(this::quickConnect).toList();
    }

    private RoutingProfile profile(RoutingProfileConfig p) {
        List<Queue> served = p.queues().stream().map(queues::get).toList();
        Queue outbound = p.defaultOutboundQueue() == null ? served.get(0) : queues.get(p.defaultOutboundQueue());
        return new RoutingProfile(p.name(), arns.of("routing-profile", p.name()), served, outbound);
    }

    private Agent agent(AgentConfig a, AgentState offline, Instant now) {
        return new Agent(a.login(), a.name() == null ? a.login() : a.name(), arns.of("agent", a.login()),
                profiles.get(a.routingProfile()), Boolean.TRUE.equals(a.softphoneAutoAccept()),
                a.monitorCapabilities() == null ? Set.of() : Set.copyOf(a.monitorCapabilities()), offline, now);
    }

    private Endpoint quickConnect(QuickConnectConfig q) {
        String arn = arns.of("transfer-destination", q.name());
        Queue queue = q.queue() == null ? null : queues.get(q.queue());
        Endpoint endpoint = new Endpoint(q.type(), arn, q.name(), q.phoneNumber(), q.agentLogin(),
                queue == null ? null : queue.arn(), queue == null ? null : queue.name());
        if (q.offeredIn() != null) {
            offeredIn.put(endpoint, q.offeredIn().stream().map(name -> queues.get(name).arn())
                    .collect(Collectors.toUnmodifiableSet()));
        }
        return endpoint;
    }

    public Arns arns() {
        return arns;
    }

    public Optional<Agent> agent(String login) {
        return Optional.ofNullable(agents.get(login));
    }

    /** The login of a user named by login or by the id at the end of their ARN (Connect's UserId). */
    public Optional<String> loginOf(String userId) {
        return agents.values().stream().filter(a -> a.login().equals(userId) || a.arn().endsWith("/" + userId))
                .map(Agent::login).findFirst();
    }

    Collection<Agent> agents() {
        return agents.values();
    }

    /** A queue by name or ARN. */
    public Optional<Queue> queue(String nameOrArn) {
        Queue byName = queues.get(nameOrArn);
        return byName != null ? Optional.of(byName)
                : queues.values().stream().filter(q -> q.arn().equals(nameOrArn)).findFirst();
    }

    /** How many contacts may wait in the queue. */
    int maxContacts(Queue queue) {
        return maxContacts.getOrDefault(queue, 0);
    }

    public List<AgentState> states() {
        return states;
    }

    /** A configured state by ARN, or by name when no ARN is given. */
    Optional<AgentState> state(String arn, String name) {
        return states.stream().filter(s -> arn != null ? s.arn().equals(arn) : s.name().equals(name)).findFirst();
    }

    public List<Endpoint> quickConnects() {
        return quickConnects;
    }

    /** The quick connects offered in any of these queues (ARNs), as GetEndpoints lists them. */
    public List<Endpoint> quickConnectsOfferedIn(Collection<String> queueArns) {
        return quickConnects.stream().filter(q -> !offeredIn.containsKey(q)
                || offeredIn.get(q).stream().anyMatch(queueArns::contains)).toList();
    }

    Optional<Endpoint> quickConnect(String endpointArn) {
        return quickConnects.stream().filter(q -> q.endpointArn().equals(endpointArn)).findFirst();
    }
}
