package dev.callbench.server.internal.center;

import java.util.Map;

/**
 * A simulated caller's call: talkMillis is how long they talk before hanging up (null: until the agent hangs up),
 * patienceMillis how long they wait in queue before giving up (null: forever), audio what they send once cut through.
 */
public record CallRequest(String queue, ContactType type, Caller caller, Map<String, String> attributes,
        Long talkMillis, Long patienceMillis, CallerAudio audio) {

    public CallRequest {
        audio = audio == null ? CallerAudio.RECORDING : audio;
    }

    /** A caller who plays their recording. */
    public CallRequest(String queue, ContactType type, Caller caller, Map<String, String> attributes, Long talkMillis,
            Long patienceMillis) {
        this(queue, type, caller, attributes, talkMillis, patienceMillis, CallerAudio.RECORDING);
    }
}
