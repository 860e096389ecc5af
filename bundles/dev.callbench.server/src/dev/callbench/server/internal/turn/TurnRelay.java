package dev.callbench.server.internal.turn;

import java.io.IOException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.callbench.server.internal.Messages;

/**
 * Debian's coturn, started for this contact center's softphones: listening on a free port of a loopback address,
 * relaying on 127.0.0.1, and knowing only a secret of this run, from which each call's credentials are made. It is
 * ready once it answers a STUN Binding request, and stopped by its own pid at {@link #close()}, or by its
 * {@link OrphanGuard} when this JVM dies first. When it ends by itself it is started again at once, on the same port
 * with the same secret, so that the credentials handed out stay good: the calls it carried lose their relay
 * allocations and come back by ICE restart. Not when it ends again within a minute: then it is left down.
 */
final class TurnRelay implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(TurnRelay.class);
    private static final String REALM = "callbench";
    private static final int START_ATTEMPTS = 3;
    private static final Duration READY_WITHIN = Duration.ofSeconds(10);
    private static final Duration PROBE_ANSWER_WITHIN = Duration.ofMillis(50);
    private static final Duration STOP_WITHIN = Duration.ofSeconds(5);

    private static final Duration STEADY_FOR = Duration.ofMinutes(1);

    private final CoturnCommand command;
    private Running running;
    private boolean closing;

    /** One coturn process and its guard; {@code again}: started after one that ended by itself. */
    private record Running(Process process, OrphanGuard guard, long startedNanos, boolean again) {
    }

    private TurnRelay(CoturnCommand command, Running running) {
        this.command = command;
        this.running = running;
        watch(running);
    }

    /** Starts coturn and returns once it answers; on other ports again if another process took its port first. */
    static TurnRelay start(String turnserver, InetAddress listeningAddress) throws TurnRelayException {
        Path program = Programs.find(turnserver)
                .orElseThrow(() -> new TurnRelayException(Messages.format("turn.notInstalled", turnserver), false));
        SecureRandom random = new SecureRandom();
        String secret = newSecret(random);
        for (int attempt = 1;; attempt++) {
            try {
                return launch(new CoturnCommand(program, listeningAddress, FreePorts.listeningPort(listeningAddress),
                        FreePorts.relayPorts(CoturnCommand.RELAY_ADDRESS, random), REALM, secret));
            } catch (IOException e) {
                throw failed(turnserver, e.getMessage());
            } catch (TurnRelayException e) {
                if (!e.portTaken() || attempt == START_ATTEMPTS) {
                    throw e;
                }
                LOG.debug("{}; trying other ports", e.getMessage());
            }
        }
    }

    private static TurnRelay launch(CoturnCommand command) throws IOException, TurnRelayException {
        return new TurnRelay(command, run(command, false));
    }

    private static Running run(CoturnCommand command, boolean again) throws IOException, TurnRelayException {
        long started = System.nanoTime();
        Process process = new ProcessBuilder(command.arguments()).redirectErrorStream(true).start();
        process.getOutputStream().close();
        CoturnOutput output = CoturnOutput.follow(process);
        OrphanGuard guard = OrphanGuard.watch(process);
        try {
            awaitReady(command, process, output);
        } catch (IOException | TurnRelayException e) {
            stop(process);
            guard.close();
            throw e;
        }
        LOG.info("coturn (pid {}) relays for the softphones at {}: ready in {} ms, relay ports {}", process.pid(),
                url(command), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started), command.relayPorts());
        return new Running(process, guard, started, again);
    }

    private void watch(Running watched) {
        watched.process().onExit().thenRun(() -> ended(watched));
    }

    /** coturn ended: by close, or by itself, when it is started again unless it had only just been. */
    private void ended(Running ended) {
        synchronized (this) {
            if (closing || running != ended) {
                return;
            }
        }
        Process process = ended.process();
        ended.guard().close();
        if (ended.again() && System.nanoTime() - ended.startedNanos() < STEADY_FOR.toNanos()) {
            LOG.warn(Messages.format("turn.ended", Long.toString(process.pid()), Integer.toString(process.exitValue())));
            return;
        }
        LOG.warn(Messages.format("turn.restarting", Long.toString(process.pid()), Integer.toString(process.exitValue())));
        try {
            Running again = run(command, true);
            boolean keep;
            synchronized (this) {
                keep = !closing;
                if (keep) {
                    running = again;
                }
            }
            if (keep) {
                watch(again);
            } else {
                stop(again.process());
                again.guard().close();
            }
        } catch (IOException | TurnRelayException e) {
            LOG.warn(Messages.format("turn.ended", Long.toString(process.pid()), Integer.toString(process.exitValue()))
                    + " " + e.getMessage());
        }
    }

    private static void awaitReady(CoturnCommand command, Process process, CoturnOutput output)
            throws IOException, TurnRelayException {
        String name = command.turnserver().toString();
        long deadline = System.nanoTime() + READY_WITHIN.toNanos();
        try (StunBindingProbe probe = new StunBindingProbe(
                new InetSocketAddress(command.listeningAddress(), command.port()))) {
            while (!probe.answers(PROBE_ANSWER_WITHIN)) {
                if (output.listenerUnbound()) {
                    throw new TurnRelayException(Messages.format("turn.failed", name,
                            Messages.format("turn.portTaken", Integer.toString(command.port()))), true);
                }
                if (!process.isAlive()) {
                    throw failed(name, Messages.format("turn.exited", Integer.toString(process.exitValue()),
                            output.lastLine()));
                }
                if (System.nanoTime() - deadline > 0) {
                    throw failed(name, Messages.format("turn.noAnswer", Integer.toString(command.port()),
                            Long.toString(READY_WITHIN.toSeconds())));
                }
            }
        }
    }

    private static TurnRelayException failed(String turnserver, String why) {
        return new TurnRelayException(Messages.format("turn.failed", turnserver, why), false);
    }

    private static String newSecret(SecureRandom random) {
        byte[] secret = new byte[32];
        random.nextBytes(secret);
        return HexFormat.of().formatHex(secret);
    }

    private static String url(CoturnCommand command) {
        InetAddress address = command.listeningAddress();
        String host = address instanceof Inet6Address ? "[" + address.getHostAddress() + "]" : address.getHostAddress();
        return "turn:" + host + ":" + command.port() + "?transport=udp";
    }

    /** The address softphones are given: {@code turn:127.0.0.1:<port>?transport=udp}. */
    String url() {
        return url(command);
    }

    /** Credentials this coturn accepts, each valid for {@code lifetime}. */
    RestApiCredentials credentials(Duration lifetime, Clock clock) {
        return new RestApiCredentials(command.secret(), lifetime, clock);
    }

    @Override
    public void close() {
        Running last;
        synchronized (this) {
            closing = true;
            last = running;
        }
        stop(last.process());
        last.guard().close();
        LOG.debug("coturn (pid {}) stopped", last.process().pid());
    }

    private static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(STOP_WITHIN.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor(STOP_WITHIN.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
