package dev.callbench.server.internal.turn;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.List;

/**
 * The turnserver command line: a loopback address only, no TLS, no CLI, credentials by the shared secret of this run,
 * and nothing written to disk. The secret is on the command line, where other users of the machine can read it (ps):
 * coturn would otherwise read it from a file, and this writes none; it is only good for a relay that listens and
 * relays on loopback and lives as long as this run. toString leaves it out.
 */
record CoturnCommand(Path turnserver, InetAddress listeningAddress, int port, PortRange relayPorts, String realm,
        String secret) {

    /** Where the relay's ports are opened: 127.0.0.1. The media endpoint the calls reach is a loopback peer too. */
    static final InetAddress RELAY_ADDRESS = ipv4Loopback();

    List<String> arguments() {
        return List.of(turnserver.toString(),
                "-n", // no configuration file: /etc/turnserver.conf belongs to the system's coturn
                "--listening-ip=" + listeningAddress.getHostAddress(), "--listening-port=" + port,
                "--relay-ip=" + RELAY_ADDRESS.getHostAddress(),
                "--min-port=" + relayPorts.first(), "--max-port=" + relayPorts.last(),
                "--allow-loopback-peers", // else CreatePermission for the loopback media endpoint is refused (403)
                "--no-tls", "--no-dtls", "--no-cli",
                "--use-auth-secret", "--static-auth-secret=" + secret, "--realm=" + realm,
                "--log-file=stdout", // its log goes to ours; no log file in /var/log, /var/tmp or the working folder
                "--pidfile=", // empty: no pid file (the default is the system's /var/run/turnserver.pid)
                "--userdb=:memory:"); // SQLite in memory: the system's /var/lib/turn/turndb is neither read nor written
    }

    private static InetAddress ipv4Loopback() {
        try {
            return InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes make an IPv4 address", e);
        }
    }

    @Override
    public String toString() {
        return "CoturnCommand[" + turnserver + " on " + listeningAddress.getHostAddress() + ":" + port
                + ", relay ports " + relayPorts + ", realm " + realm + "]";
    }
}
