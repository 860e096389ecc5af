package dev.callbench.server.internal.config;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import dev.callbench.server.internal.config.ServerConfig.AgentStateConfig;
import dev.callbench.server.internal.config.ServerConfig.InstanceConfig;
import dev.callbench.server.internal.config.ServerConfig.QueueConfig;
import dev.callbench.server.internal.config.ServerConfig.Range;
import dev.callbench.server.internal.config.ServerConfig.SoftphoneConfig;
import dev.callbench.server.internal.config.ServerConfig.TimingConfig;
import dev.callbench.server.internal.config.ServerConfig.TrafficConfig;
import dev.callbench.server.internal.config.ServerConfig.TurnConfig;

/** Fills every part a configuration file left out, so that the rest of the server never sees a null. */
public final class ConfigDefaults {

    static final String LOOPBACK = "127.0.0.1";
    static final int DEFAULT_MAX_BODY_BYTES = 64 * 1024;
    /** Bounds the memory of waiting contacts (each up to 32 KB of attributes): 32 MB a queue at most. */
    static final int DEFAULT_MAX_CONTACTS_IN_QUEUE = 1_000;
    static final int MOST_CONTACTS_IN_QUEUE = 100_000;
    /** A few hours, so that a call's credentials outlast any call. */
    static final long DEFAULT_TURN_CREDENTIAL_LIFETIME_SECONDS = 4 * 3_600;

    private ConfigDefaults() {
    }

    public static ServerConfig apply(ServerConfig c) {
        return new ServerConfig(
                or(c.host(), LOOPBACK),
                or(c.port(), 0),
                instance(c.instance()),
                timing(c.timing()),
                or(c.maxBodyBytes(), DEFAULT_MAX_BODY_BYTES),
                or(c.allowedOrigins(), List.of()),
                or(c.allowedHosts(), List.of()),
                c.tls(),
                c.adminKey(),
                c.tokenSecret(),
                softphone(c.softphone()),
                turn(c.turn()),
                or(c.agentStates(), List.of(new AgentStateConfig("Available", "routable"),
                        new AgentStateConfig("Break", "not_routable"), new AgentStateConfig("Offline", "offline"))),
                or(c.permissions(), List.of("outboundCall", "transfer")),
                or(c.dialableCountries(), List.of("us", "gb", "de", "fr")),
                or(c.queues(), List.<QueueConfig>of()).stream().map(ConfigDefaults::queue).toList(),
                or(c.routingProfiles(), List.of()),
                or(c.agents(), List.of()),
                or(c.quickConnects(), List.of()),
                c.scenarioFile(),
                traffic(c.traffic()),
                c.stateFolder());
    }

    private static QueueConfig queue(QueueConfig q) {
        return new QueueConfig(q.name(), or(q.maxContacts(), DEFAULT_MAX_CONTACTS_IN_QUEUE));
    }

    public static TrafficConfig traffic(TrafficConfig t) {
        TrafficConfig v = or(t, new TrafficConfig(null, null, null, null, null, null, null, null, null));
        return new TrafficConfig(or(v.enabled(), Boolean.FALSE), or(v.seed(), 1L), or(v.arrivalsPerMinute(), 6.0),
                or(v.queueMix(), Map.of()), or(v.talkSeconds(), new Range(20.0, 120.0)),
                or(v.abandonProbability(), 0.1), or(v.patienceSeconds(), new Range(10.0, 60.0)),
                or(v.callbackShare(), 0.0), or(v.callers(), List.of()));
    }

    private static SoftphoneConfig softphone(SoftphoneConfig s) {
        SoftphoneConfig v = or(s, new SoftphoneConfig(null, null));
        return new SoftphoneConfig(v.signalingEndpoint(), or(v.iceServers(), List.of()));
    }

    private static TurnConfig turn(TurnConfig t) {
        TurnConfig v = or(t, new TurnConfig(null, null, null));
        return new TurnConfig(or(v.enabled(), Boolean.TRUE), or(v.turnserver(), "turnserver"),
                or(v.credentialLifetimeSeconds(), DEFAULT_TURN_CREDENTIAL_LIFETIME_SECONDS));
    }

    private static InstanceConfig instance(InstanceConfig i) {
        InstanceConfig v = or(i, new InstanceConfig(null, null, null));
        return new InstanceConfig(or(v.region(), "local-1"), or(v.accountId(), "000000000000"),
                or(v.instanceId(), "00000000-0000-4000-8000-00000000ca11"));
    }

    private static TimingConfig timing(TimingConfig t) {
        TimingConfig v = or(t, new TimingConfig(null, null, null, null, null, null));
        return new TimingConfig(or(v.offerTimeoutMillis(), 20_000L), or(v.outboundAnswerMillis(), 1_500L),
                or(v.maxPollMillis(), 30_000L), or(v.tokenLifetimeSeconds(), 3_600L),
                or(v.refreshTokenLifetimeSeconds(), 43_200L), or(v.afterContactWorkMillis(), 0L));
    }

    private static <T> T or(T value, T fallback) {
        return Objects.requireNonNullElse(value, fallback);
    }
}
