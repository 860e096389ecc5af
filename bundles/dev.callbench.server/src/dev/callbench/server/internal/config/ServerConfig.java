package dev.callbench.server.internal.config;

import java.util.List;
import java.util.Map;

/**
 * The whole configuration of the local contact center, as read from its JSON file. Every part may be
 * left out of the file; {@link ConfigDefaults} fills in the rest.
 */
public record ServerConfig(
        String host,
        Integer port,
        InstanceConfig instance,
        TimingConfig timing,
        Integer maxBodyBytes,
        List<String> allowedOrigins,
        List<String> allowedHosts,
        TlsConfig tls,
        String adminKey,
        String tokenSecret,
        SoftphoneConfig softphone,
        TurnConfig turn,
        List<AgentStateConfig> agentStates,
        List<String> permissions,
        List<String> dialableCountries,
        List<QueueConfig> queues,
        List<RoutingProfileConfig> routingProfiles,
        List<AgentConfig> agents,
        List<QuickConnectConfig> quickConnects,
        String scenarioFile,
        TrafficConfig traffic,
        String stateFolder) {

    /** Leaves out every secret (admin key, token secret, passwords, TURN credentials): this may reach a log. */
    @Override
    public String toString() {
        return "ServerConfig[host=" + host + ", port=" + port + ", queues=" + queues + ", agents=" + agents + "]";
    }

    public ServerConfig withTraffic(TrafficConfig newTraffic) {
        return new ServerConfig(host, port, instance, timing, maxBodyBytes, allowedOrigins, allowedHosts, tls, adminKey,
                tokenSecret, softphone, turn, agentStates, permissions, dialableCountries, queues, routingProfiles,
                agents, quickConnects, scenarioFile, newTraffic, stateFolder);
    }

    /** The same configuration listening elsewhere; null keeps the current host or port. */
    public ServerConfig withAddress(String newHost, Integer newPort) {
        return new ServerConfig(newHost == null ? host : newHost, newPort == null ? port : newPort, instance, timing,
                maxBodyBytes, allowedOrigins, allowedHosts, tls, adminKey, tokenSecret, softphone, turn, agentStates,
                permissions, dialableCountries, queues, routingProfiles, agents, quickConnects, scenarioFile, traffic,
                stateFolder);
    }

    /** The same configuration keeping its state (sign-outs) in another folder. */
    public ServerConfig withStateFolder(String folder) {
        return new ServerConfig(host, port, instance, timing, maxBodyBytes, allowedOrigins, allowedHosts, tls, adminKey,
                tokenSecret, softphone, turn, agentStates, permissions, dialableCountries, queues, routingProfiles,
                agents, quickConnects, scenarioFile, traffic, folder);
    }

    /** The ARN parts of the simulated instance: Streams reads the instance id and account from ARNs. */
    public record InstanceConfig(String region, String accountId, String instanceId) {
    }

    /** Durations, in milliseconds unless the name says otherwise. */
    public record TimingConfig(Long offerTimeoutMillis, Long outboundAnswerMillis, Long maxPollMillis,
            Long tokenLifetimeSeconds, Long refreshTokenLifetimeSeconds, Long afterContactWorkMillis) {
    }

    /** A Java key store (PKCS12 or JKS) that turns on HTTPS. */
    public record TlsConfig(String keyStore, String keyStorePassword) {
        @Override
        public String toString() {
            return "TlsConfig[keyStore=" + keyStore + "]";
        }
    }

    /** What goes into the softphone media info of voice contacts. */
    public record SoftphoneConfig(String signalingEndpoint, List<Map<String, Object>> iceServers) {
        @Override
        public String toString() {
            return "SoftphoneConfig[signalingEndpoint=" + signalingEndpoint + ", iceServers="
                    + (iceServers == null ? 0 : iceServers.size()) + "]";
        }
    }

    /**
     * The TURN relay the local contact center starts for its softphones (Debian's coturn) when no
     * {@code softphone.iceServers} are configured: whether to start it, the turnserver program (a path, or a name
     * looked up on the PATH), and how long each call's credentials stay valid.
     */
    public record TurnConfig(Boolean enabled, String turnserver, Long credentialLifetimeSeconds) {
    }

    /** A state an agent can pick: type is routable, not_routable or offline. */
    public record AgentStateConfig(String name, String type) {
    }

    /** maxContacts: how many contacts may wait in the queue (Amazon Connect's "Maximum contacts in queue"). */
    public record QueueConfig(String name, Integer maxContacts) {
    }

    public record RoutingProfileConfig(String name, List<String> queues, String defaultOutboundQueue) {
    }

    /**
     * monitorCapabilities: what the agent's security profile lets them do on other agents' calls, Connect's
     * "Real-time contact monitoring" ({@code SILENT_MONITOR}) and "barge-in" ({@code BARGE}) permissions; absent: none.
     */
    public record AgentConfig(String login, String password, String name, String routingProfile,
            Boolean softphoneAutoAccept, List<String> monitorCapabilities) {
        @Override
        public String toString() {
            return "AgentConfig[login=" + login + ", name=" + name + ", routingProfile=" + routingProfile + "]";
        }
    }

    /**
     * A transfer destination: type phone_number (with phoneNumber), queue (with queue) or agent (with agentLogin);
     * offeredIn names the queues whose agents are offered it, as Connect assigns quick connects to queues (absent:
     * every queue).
     */
    public record QuickConnectConfig(String name, String type, String phoneNumber, String queue, String agentLogin,
            List<String> offeredIn) {
    }

    /** Simulated callers. */
    public record TrafficConfig(Boolean enabled, Long seed, Double arrivalsPerMinute, Map<String, Double> queueMix,
            Range talkSeconds, Double abandonProbability, Range patienceSeconds, Double callbackShare,
            List<CallerConfig> callers) {
    }

    public record Range(Double min, Double max) {
    }

    public record CallerConfig(String name, String phoneNumber, String account) {
    }
}
