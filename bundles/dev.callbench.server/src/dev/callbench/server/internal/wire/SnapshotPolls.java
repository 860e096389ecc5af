package dev.callbench.server.internal.wire;

import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import dev.callbench.server.internal.center.ContactCenter;

/**
 * GetAgentSnapshot as a long poll. nextToken names the snapshot version the client has; it is only meaningful to
 * this server run, so a token from an earlier run (or a garbled one) is simply answered at once.
 */
final class SnapshotPolls {

    private static final long DEFAULT_TIMEOUT_MILLIS = 30_000;
    /**
     * Polls that time out are answered up to a tenth of their timeout early, at random, so that clients started
     * together (a benchmark, a restart) do not all come back in the same instant, poll after poll.
     */
    private static final long JITTER_SHARE = 10;

    private final ContactCenter center;
    private final SnapshotJson json;
    private final long maxPollMillis;
    private final String runId = HexFormat.of().formatHex(new SecureRandom().generateSeed(6));

    SnapshotPolls(ContactCenter center, SnapshotJson json, long maxPollMillis) {
        this.center = center;
        this.json = json;
        this.maxPollMillis = maxPollMillis;
    }

    void poll(String login, JsonInput input, Consumer<Reply> reply) {
        Long known = version(input.optionalString("nextToken"));
        Long timeout = input.optionalLong("timeout");
        long asked = Math.max(0, Math.min(maxPollMillis, timeout == null ? DEFAULT_TIMEOUT_MILLIS : timeout));
        long wait = asked - ThreadLocalRandom.current().nextLong(asked / JITTER_SHARE + 1);
        center.poll(login, known, wait,
                snapshot -> reply.accept(Reply.ok(json.response(snapshot, token(snapshot.version())))));
    }

    private String token(long version) {
        return runId + "-" + version;
    }

    private Long version(String token) {
        if (token == null || !token.startsWith(runId + "-")) {
            return null;
        }
        try {
            return Long.parseLong(token.substring(runId.length() + 1));
        } catch (NumberFormatException garbled) {
            return null;
        }
    }
}
