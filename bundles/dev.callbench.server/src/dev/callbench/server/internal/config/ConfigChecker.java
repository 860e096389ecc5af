package dev.callbench.server.internal.config;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import dev.callbench.server.internal.Messages;
import dev.callbench.server.internal.config.ServerConfig.AgentConfig;
import dev.callbench.server.internal.config.ServerConfig.AgentStateConfig;
import dev.callbench.server.internal.config.ServerConfig.QueueConfig;
import dev.callbench.server.internal.config.ServerConfig.QuickConnectConfig;
import dev.callbench.server.internal.config.ServerConfig.RoutingProfileConfig;
import dev.callbench.server.internal.config.ServerConfig.TurnConfig;

/** Checks that every name a configuration refers to exists, and that required values are there. */
final class ConfigChecker {

    private static final Set<String> STATE_TYPES = Set.of("routable", "not_routable", "offline");
    private static final Set<String> QUICK_CONNECT_TYPES = Set.of("phone_number", "queue", "agent");
    private static final long LONGEST_TURN_CREDENTIAL_SECONDS = 7 * 24 * 3_600;

    private final ServerConfig config;
    private final Set<String> queueNames;
    private final Set<String> profileNames;
    private final Set<String> logins = new HashSet<>();

    ConfigChecker(ServerConfig config) {
        this.config = config;
        this.queueNames = config.queues().stream().map(q -> q.name()).collect(Collectors.toSet());
        this.profileNames = config.routingProfiles().stream().map(p -> p.name()).collect(Collectors.toSet());
    }

    void check() throws ConfigException {
        require(config.port() >= 0 && config.port() <= 65535, "config.badPort", config.port());
        require(config.maxBodyBytes() >= 1024, "config.badBodyLimit", config.maxBodyBytes());
        require(config.tokenSecret() == null || config.tokenSecret().length() >= 16, "config.shortSecret");
        require(config.tokenSecret() == null || config.stateFolder() != null, "config.secretWithoutState");
        checkTurn(config.turn());
        require(config.queues().stream().allMatch(q -> q.name() != null && !q.name().isBlank()), "config.queueName");
        for (QueueConfig queue : config.queues()) {
            require(queue.maxContacts() >= 0 && queue.maxContacts() <= ConfigDefaults.MOST_CONTACTS_IN_QUEUE,
                    "config.badMaxContacts", queue.name(), ConfigDefaults.MOST_CONTACTS_IN_QUEUE);
        }
        for (AgentStateConfig state : config.agentStates()) {
            require(state.name() != null && STATE_TYPES.contains(state.type()), "config.badState", state.name());
        }
        require(config.agentStates().stream().anyMatch(s -> "offline".equals(s.type())), "config.noOffline");
        for (RoutingProfileConfig profile : config.routingProfiles()) {
            checkProfile(profile);
        }
        for (AgentConfig agent : config.agents()) {
            checkAgent(agent);
        }
        for (QuickConnectConfig quickConnect : config.quickConnects()) {
            checkQuickConnect(quickConnect);
        }
        checkQueues(config.traffic().queueMix().keySet());
    }

    private static void checkTurn(TurnConfig turn) throws ConfigException {
        require(!turn.turnserver().isBlank(), "config.blankTurnserver");
        long lifetime = turn.credentialLifetimeSeconds();
        require(lifetime >= 1 && lifetime <= LONGEST_TURN_CREDENTIAL_SECONDS, "config.badCredentialLifetime",
                Long.toString(lifetime), Long.toString(LONGEST_TURN_CREDENTIAL_SECONDS));
    }

    private void checkProfile(RoutingProfileConfig profile) throws ConfigException {
        require(profile.name() != null, "config.profileName");
        checkQueues(profile.queues() == null ? List.of() : profile.queues());
        require(profile.queues() != null && !profile.queues().isEmpty(), "config.profileNoQueues", profile.name());
        require(profile.defaultOutboundQueue() == null || queueNames.contains(profile.defaultOutboundQueue()),
                "config.unknownQueue", profile.defaultOutboundQueue());
    }

    private void checkAgent(AgentConfig agent) throws ConfigException {
        require(agent.login() != null && !agent.login().isBlank(), "config.agentLogin");
        require(logins.add(agent.login()), "config.duplicateAgent", agent.login());
        require(agent.password() != null && !agent.password().isEmpty(), "config.agentPassword", agent.login());
        require(profileNames.contains(agent.routingProfile()), "config.unknownProfile", agent.routingProfile(),
                agent.login());
        require(agent.monitorCapabilities() == null || Set.of("SILENT_MONITOR", "BARGE")
                .containsAll(agent.monitorCapabilities()), "config.badMonitorCapabilities", agent.login());
    }

    private void checkQuickConnect(QuickConnectConfig qc) throws ConfigException {
        require(qc.name() != null && QUICK_CONNECT_TYPES.contains(qc.type()), "config.badQuickConnect", qc.name());
        switch (qc.type()) {
            case "phone_number" -> require(qc.phoneNumber() != null, "config.quickConnectNumber", qc.name());
            case "queue" -> require(queueNames.contains(qc.queue()), "config.unknownQueue", qc.queue());
            default -> require(logins.contains(qc.agentLogin()), "config.unknownAgent", qc.agentLogin());
        }
        if (qc.offeredIn() != null) {
            checkQueues(qc.offeredIn());
        }
    }

    private void checkQueues(Iterable<String> names) throws ConfigException {
        for (String name : names) {
            require(queueNames.contains(name), "config.unknownQueue", name);
        }
    }

    private static void require(boolean condition, String key, Object... args) throws ConfigException {
        if (!condition) {
            throw new ConfigException(Messages.format(key, args));
        }
    }
}
