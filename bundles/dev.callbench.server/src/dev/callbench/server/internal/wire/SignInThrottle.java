package dev.callbench.server.internal.wire;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Slows password guessing down: after {@value #FREE_FAILURES} wrong passwords in a row for a login, that login is
 * refused for a while, a second after the first lock and twice as long after each further failure, up to a minute.
 * A right password clears the count. Other logins are not affected. At most {@value #REMEMBERED} logins are
 * remembered, the oldest forgotten first, so that made-up logins cannot fill the memory.
 */
final class SignInThrottle {

    static final int FREE_FAILURES = 5;
    private static final int REMEMBERED = 10_000;
    private static final Duration LONGEST_LOCK = Duration.ofMinutes(1);

    private record Failures(int count, Instant lockedUntil) {
    }

    private final Clock clock;
    private final Map<String, Failures> failures = new LinkedHashMap<>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Failures> eldest) {
            return size() > REMEMBERED;
        }
    };

    SignInThrottle(Clock clock) {
        this.clock = clock;
    }

    synchronized boolean isLocked(String login) {
        Failures known = failures.get(login);
        return known != null && known.lockedUntil() != null && clock.instant().isBefore(known.lockedUntil());
    }

    synchronized void failed(String login) {
        Failures known = failures.getOrDefault(login, new Failures(0, null));
        int count = known.count() + 1;
        failures.put(login, new Failures(count, count < FREE_FAILURES ? null : clock.instant().plus(lock(count))));
    }

    synchronized void succeeded(String login) {
        failures.remove(login);
    }

    private static Duration lock(int failureCount) {
        int doublings = Math.min(failureCount - FREE_FAILURES, 6);
        Duration lock = Duration.ofSeconds(1L << doublings);
        return lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
    }
}
