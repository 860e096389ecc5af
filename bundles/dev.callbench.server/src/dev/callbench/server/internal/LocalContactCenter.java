package dev.callbench.server.internal;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.UUID;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.callbench.server.internal.admin.AdminService;
import dev.callbench.server.internal.auth.Passwords;
import dev.callbench.server.internal.auth.SignOuts;
import dev.callbench.server.internal.state.AgentSettingsFile;
import dev.callbench.server.internal.auth.TokenService;
import dev.callbench.server.internal.center.ContactCenter;
import dev.callbench.server.internal.center.Directory;
import dev.callbench.server.internal.center.Timing;
import dev.callbench.server.internal.config.ServerConfig;
import dev.callbench.server.internal.http.HttpServer;
import dev.callbench.server.internal.http.HttpServer.HttpServices;
import dev.callbench.server.internal.media.MediaEndpoint;
import dev.callbench.server.internal.media.SoftphoneIceServers;
import dev.callbench.server.internal.push.PushChannel;
import dev.callbench.server.internal.signaling.SignalingService;
import dev.callbench.server.internal.traffic.TrafficGenerator;
import dev.callbench.server.internal.turn.SoftphoneRelay;
import dev.callbench.server.internal.wire.CtiService;
import dev.callbench.server.internal.wire.SoftphoneSettings;

/**
 * The local contact center, running: plain Java, no OSGi. The main class, the OSGi component and tests all start
 * it through {@link #start(ServerConfig)} and stop it with {@link #close()}.
 */
public final class LocalContactCenter implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(LocalContactCenter.class);
    private static final long IDLE_MARGIN_MILLIS = 30_000;

    private final ServerConfig config;
    private final ScheduledExecutorService scheduler;
    private final HttpServer http;
    private final ContactCenter center;
    private final TrafficGenerator traffic;
    private volatile SoftphoneRelay relay;
    private MediaEndpoint media;

    private LocalContactCenter(ServerConfig config) throws Exception {
        this.config = config;
        ScheduledThreadPoolExecutor timers = new ScheduledThreadPoolExecutor(1, Thread.ofPlatform().daemon()
                .name("callbench-contact-center").factory());
        timers.setRemoveOnCancelPolicy(true);
        this.scheduler = timers;
        Clock clock = Clock.systemUTC();
        this.center = new ContactCenter(new Directory(config, clock.instant()), timing(config), scheduler, clock,
                () -> UUID.randomUUID().toString(), secrets());
        this.http = new HttpServer(config.host(), config.port(), config.tls(),
                config.timing().maxPollMillis() + IDLE_MARGIN_MILLIS);
        this.traffic = new TrafficGenerator(config.traffic(), center, scheduler);
    }

    public static LocalContactCenter start(ServerConfig config) throws Exception {
        LocalContactCenter running = new LocalContactCenter(config);
        try {
            running.startServing();
            return running;
        } catch (Exception e) {
            running.close();
            throw e;
        }
    }

    private void startServing() throws Exception {
        http.open();
        relay = SoftphoneRelay.choose(config, Clock.systemUTC());
        Duration accessLifetime = Duration.ofSeconds(config.timing().tokenLifetimeSeconds());
        Duration refreshLifetime = Duration.ofSeconds(config.timing().refreshTokenLifetimeSeconds());
        TokenService tokens = new TokenService(Clock.systemUTC(), accessLifetime, refreshLifetime, tokenSecret(),
                passwords(), signOuts(accessLifetime.compareTo(refreshLifetime) > 0 ? accessLifetime : refreshLifetime));
        SoftphoneSettings softphone = softphone();
        PushChannel push = new PushChannel(Clock.systemUTC());
        URI base = http.baseUri();
        CtiService cti = new CtiService(center, tokens, softphone, login -> push.address(base, login),
                config.timing().maxPollMillis(), config.permissions(), config.dialableCountries(), agentSettings());
        media = new MediaEndpoint(center, new SoftphoneIceServers(softphone.iceServers()));
        SignalingService signaling = new SignalingService(center, media, scheduler);
        http.serve(new HttpServices(cti, tokens, new AdminService(center, config.adminKey(), media::view, media::crash),
                signaling, push,
                config.allowedOrigins(), config.allowedHosts(), config.maxBodyBytes()));
        if (config.traffic().enabled()) {
            traffic.start();
        }
    }

    private static Timing timing(ServerConfig config) {
        return new Timing(config.timing().offerTimeoutMillis(), config.timing().outboundAnswerMillis(),
                config.timing().afterContactWorkMillis());
    }

    private Passwords passwords() {
        return new Passwords(config.agents().stream()
                .collect(Collectors.toMap(ServerConfig.AgentConfig::login, ServerConfig.AgentConfig::password)));
    }

    private SoftphoneSettings softphone() {
        String signaling = config.softphone().signalingEndpoint();
        if (signaling == null) {
            URI base = http.baseUri();
            signaling = ("https".equals(base.getScheme()) ? "wss" : "ws") + "://" + base.getAuthority()
                    + "/softphone/signaling";
        }
        return new SoftphoneSettings(signaling, relay.iceServers());
    }

    /** The configured secret keeps tokens valid across restarts; without one, a new random secret each run. */
    private byte[] tokenSecret() {
        if (config.tokenSecret() != null) {
            return config.tokenSecret().getBytes(StandardCharsets.UTF_8);
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        return random;
    }

    /** With a configured secret, tokens outlive the run: so must sign-outs, in the state folder. */
    private SignOuts signOuts(Duration longestLifetime) throws IOException {
        return config.tokenSecret() == null ? SignOuts.inMemory()
                : SignOuts.keptIn(Path.of(config.stateFolder()), longestLifetime);
    }

    /** With a state folder, what agents chose in the CCP's settings outlives the run, as it does in Connect. */
    private AgentSettingsFile agentSettings() throws IOException {
        if (config.stateFolder() == null) {
            return AgentSettingsFile.inMemory();
        }
        AgentSettingsFile kept = AgentSettingsFile.keptIn(Path.of(config.stateFolder()));
        kept.all().forEach((login, chosen) -> {
            if (center.directory().agent(login).isPresent()) {
                center.updateSettings(login, chosen);
            }
        });
        return kept;
    }

    private static Supplier<String> secrets() {
        SecureRandom random = new SecureRandom();
        return () -> {
            byte[] bytes = new byte[32];
            random.nextBytes(bytes);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        };
    }

    /** The address of the server, e.g. http://127.0.0.1:41234 ; the CTI service is at {@code /api} under it. */
    public URI baseUri() {
        return http.baseUri();
    }

    public int port() {
        return http.port();
    }

    /** The contact center itself, for in-process use (tests, the admin API). */
    public ContactCenter center() {
        return center;
    }

    @Override
    public void close() {
        traffic.stop();
        try {
            http.stop();
        } catch (Exception e) {
            LOG.warn("The HTTP server did not stop cleanly", e);
        } finally {
            if (media != null) {
                media.close();
            }
            scheduler.shutdownNow();
            if (relay != null) {
                relay.close();
            }
        }
    }
}
