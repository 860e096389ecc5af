package dev.callbench.server.internal.push;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Base64;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The secrets in the push channel addresses CreateTransport hands out: each names its agent and opens sockets for a
 * short while (Streams uses an address for 85 s, then asks for a new one). An agent has at most a few at a time, so
 * nobody can fill the server's memory by asking again and again.
 */
final class TransportTokens {

    static final Duration VALID = Duration.ofSeconds(120);
    private static final int PER_AGENT = 8;

    private record Issued(String token, String login, Instant until) {
    }

    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Issued> byToken = new HashMap<>();
    private final Map<String, Deque<Issued>> byAgent = new HashMap<>();

    TransportTokens(Clock clock) {
        this.clock = clock;
    }

    synchronized String issue(String login) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        Issued issued = new Issued(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes), login,
                clock.instant().plus(VALID));
        Deque<Issued> agents = byAgent.computeIfAbsent(login, l -> new ArrayDeque<>());
        agents.addLast(issued);
        byToken.put(issued.token(), issued);
        while (agents.size() > PER_AGENT) {
            byToken.remove(agents.removeFirst().token());
        }
        return issued.token();
    }

    /** The agent a token was issued to, while it may open sockets. */
    synchronized Optional<String> login(String token) {
        Issued issued = token == null ? null : byToken.get(token);
        if (issued == null || clock.instant().isAfter(issued.until())) {
            return Optional.empty();
        }
        return Optional.of(issued.login());
    }
}
