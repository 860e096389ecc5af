package dev.callbench.tests.support;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * Debian's coturn on a free port of 127.0.0.1 with a user of its own, started by the test and stopped by its own pid:
 * the relay every media test goes through (libwebrtc never gathers on the loopback interface, and media must not
 * leave this machine).
 */
public final class TurnServer implements AutoCloseable {

    private static final String TURNSERVER = "/usr/bin/turnserver";
    private static final int STUN_BINDING_REQUEST = 0x0001;
    private static final int STUN_MAGIC_COOKIE = 0x2112A442;

    private final Process process;
    private final int port;
    private final String username;
    private final String password;
    private final Path folder;

    private TurnServer(Process process, int port, String username, String password, Path folder) {
        this.process = process;
        this.port = port;
        this.username = username;
        this.password = password;
        this.folder = folder;
    }

    public static TurnServer start() throws IOException {
        Path folder = Files.createTempDirectory("callbench-turn-");
        int port = freePort();
        int relayFrom = ThreadLocalRandom.current().nextInt(20_000, 60_000);
        String username = "agent-" + UUID.randomUUID();
        String password = UUID.randomUUID().toString();
        Process process = new ProcessBuilder(TURNSERVER, "-n", "--listening-ip=127.0.0.1", "--relay-ip=127.0.0.1",
                "--listening-port=" + port, "--lt-cred-mech", "--user=" + username + ":" + password, "--realm=callbench",
                "--no-tls", "--no-dtls", "--allow-loopback-peers", "--no-cli", "--min-port=" + relayFrom,
                "--max-port=" + (relayFrom + 100), "--pidfile=" + folder.resolve("turnserver.pid"),
                "--userdb=" + folder.resolve("turndb"), "--log-file=" + folder.resolve("turn.log"), "--simple-log")
                .redirectErrorStream(true).redirectOutput(folder.resolve("turnserver.out").toFile()).start();
        TurnServer server = new TurnServer(process, port, username, password, folder);
        try {
            Wait.until("coturn answers a STUN binding request on 127.0.0.1:" + port,
                    () -> server.answersBinding(), Duration.ofSeconds(10), server::log);
        } catch (AssertionError | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    public String url() {
        return "turn:127.0.0.1:" + port + "?transport=udp";
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public long pid() {
        return process.pid();
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(5, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            for (Path file : files.toList()) {
                Files.deleteIfExists(file);
            }
            Files.deleteIfExists(folder);
        } catch (IOException e) {
            System.err.println("could not remove " + folder + ": " + e);
        }
    }

    private boolean answersBinding() {
        if (!process.isAlive()) {
            throw new AssertionError("coturn ended at once with " + process.exitValue() + ": " + log());
        }
        try (DatagramSocket socket = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            ByteBuffer request = ByteBuffer.allocate(20).putShort((short) STUN_BINDING_REQUEST).putShort((short) 0)
                    .putInt(STUN_MAGIC_COOKIE);
            request.put(UUID.randomUUID().toString().substring(0, 12).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            socket.send(new DatagramPacket(request.array(), 20, InetAddress.getLoopbackAddress(), port));
            socket.setSoTimeout(100); // how long one look waits for its answer
            socket.receive(new DatagramPacket(new byte[512], 512));
            return true;
        } catch (SocketTimeoutException notYet) {
            return false;
        } catch (IOException e) {
            return false;
        }
    }

    private String log() {
        try {
            return Files.readString(folder.resolve("turnserver.out"));
        } catch (IOException e) {
            return "(no output: " + e + ")";
        }
    }

    /** A UDP port of 127.0.0.1 with nobody on it just now. */
    public static int freeUdpPort() throws IOException {
        try (DatagramSocket udp = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            return udp.getLocalPort();
        }
    }

    /** A port free for both UDP and TCP on 127.0.0.1 just now (coturn listens on both). */
    private static int freePort() throws IOException {
        for (int attempt = 0; attempt < 20; attempt++) {
            int port = freeUdpPort();
            try (ServerSocket tcp = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
                return port;
            } catch (IOException taken) {
                // taken for TCP: try another
            }
        }
        throw new IOException("No port free for both UDP and TCP on 127.0.0.1");
    }
}
