package dev.callbench.server.internal.center;

import java.util.Map;

/**
 * A simulated caller's call: talkMillis is how long they talk before hanging up (null: until the agent hangs up),
 * patienceMillis how long they wait in queue before giving up (null: forever).
 */
public record CallRequest(String queue, ContactType type, Caller caller, Map<String, String> attributes,
        Long talkMillis, Long patienceMillis) {
}
