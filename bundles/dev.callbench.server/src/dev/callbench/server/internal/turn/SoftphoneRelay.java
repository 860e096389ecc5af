package dev.callbench.server.internal.turn;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.Gson;

import dev.callbench.server.internal.Messages;
import dev.callbench.server.internal.config.ServerConfig;
import dev.callbench.server.internal.config.ServerConfig.TurnConfig;
import dev.callbench.server.internal.wire.IceServers;

/**
 * Where this contact center's softphones relay, chosen once at start-up: the configured {@code softphone.iceServers}
 * (a team that runs its own TURN), else a coturn started here, else nothing; never host candidates. Closing it stops
 * the coturn it started.
 */
public final class SoftphoneRelay implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SoftphoneRelay.class);

    private final IceServers iceServers;
    private final TurnRelay started;

    private SoftphoneRelay(IceServers iceServers, TurnRelay started) {
        this.iceServers = iceServers;
        this.started = started;
    }

    public static SoftphoneRelay choose(ServerConfig config, Clock clock) {
        if (!config.softphone().iceServers().isEmpty()) {
            LOG.info("Softphones get the {} configured ICE servers; coturn is not started",
                    config.softphone().iceServers().size());
            return new SoftphoneRelay(
                    IceServers.fixed(new Gson().toJsonTree(config.softphone().iceServers()).getAsJsonArray()), null);
        }
        TurnConfig turn = config.turn();
        if (!turn.enabled()) {
            LOG.warn(Messages.format("turn.off"));
            return new SoftphoneRelay(IceServers.none(), null);
        }
        try {
            TurnRelay relay = TurnRelay.start(turn.turnserver(), listeningAddress(config.host()));
            RestApiCredentials credentials = relay.credentials(
                    Duration.ofSeconds(turn.credentialLifetimeSeconds()), clock);
            return new SoftphoneRelay(new TurnIceServers(relay.url(), credentials, clock), relay);
        } catch (TurnRelayException e) {
            LOG.warn(e.getMessage());
            return new SoftphoneRelay(IceServers.none(), null);
        }
    }

    /** The server's own address when it is a loopback one, else 127.0.0.1: coturn never listens beyond loopback. */
    private static InetAddress listeningAddress(String host) {
        try {
            InetAddress address = InetAddress.getByName(host);
            return address.isLoopbackAddress() ? address : CoturnCommand.RELAY_ADDRESS;
        } catch (UnknownHostException e) {
            return CoturnCommand.RELAY_ADDRESS;
        }
    }

    public IceServers iceServers() {
        return iceServers;
    }

    @Override
    public void close() {
        if (started != null) {
            started.close();
        }
    }
}
