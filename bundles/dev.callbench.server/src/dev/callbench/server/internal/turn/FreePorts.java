package dev.callbench.server.internal.turn;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Ports nobody holds now, found by binding them. They are let go before coturn binds them, so another process may
 * take one meanwhile: TurnRelay notices and starts again on other ports.
 */
final class FreePorts {

    /** How many calls' relays one coturn can hold at once: one port for each softphone's allocation. */
    static final int RELAY_PORTS = 64;
    /**
     * Relay ports are picked above Linux's default range of ports that the system hands out by itself (32768 to
     * 60999), so that no other program's socket lands in the block later.
     */
    private static final int FIRST_RELAY_PORT = 61_000;
    private static final int LAST_PORT = 65_535;
    private static final int ATTEMPTS = 20;

    private FreePorts() {
    }

    /** A port free on this address for both UDP and TCP, as coturn listens on both. */
    static int listeningPort(InetAddress address) throws IOException {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(address, 0))) {
                if (tcpFree(address, udp.getLocalPort())) {
                    return udp.getLocalPort();
                }
            }
        }
        throw new IOException("no port of " + address.getHostAddress() + " was free for both UDP and TCP");
    }

    /** A block of {@link #RELAY_PORTS} UDP ports, all free on this address. */
    static PortRange relayPorts(InetAddress address, RandomGenerator random) throws IOException {
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int first = FIRST_RELAY_PORT + random.nextInt(LAST_PORT - FIRST_RELAY_PORT - RELAY_PORTS + 2);
            PortRange range = new PortRange(first, first + RELAY_PORTS - 1);
            if (udpFree(address, range)) {
                return range;
            }
        }
        throw new IOException("no block of " + RELAY_PORTS + " UDP ports above " + FIRST_RELAY_PORT + " was free");
    }

    private static boolean tcpFree(InetAddress address, int port) {
        try (ServerSocket tcp = new ServerSocket()) {
            tcp.bind(new InetSocketAddress(address, port));
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static boolean udpFree(InetAddress address, PortRange range) {
        List<DatagramSocket> held = new ArrayList<>();
        try {
            for (int port = range.first(); port <= range.last(); port++) {
                held.add(new DatagramSocket(new InetSocketAddress(address, port)));
            }
            return true;
        } catch (IOException taken) {
            return false;
        } finally {
            held.forEach(DatagramSocket::close);
        }
    }
}
