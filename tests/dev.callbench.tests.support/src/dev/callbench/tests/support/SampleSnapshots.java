package dev.callbench.tests.support;

/** Snapshot answers in the shape Amazon Connect's CTI service sends, for tests that feed the parser directly. */
public final class SampleSnapshots {

    public static final String CONTACT_ID = "5d1c2b3a-0000-4000-8000-00000000c001";

    private SampleSnapshots() {
    }

    /** The agent PendingBusy with one inbound softphone call offered in {@code connecting}. */
    public static String callOffered() {
        return """
            {"snapshot": {
               "state": {"agentStateARN": null, "type": "system", "name": "PendingBusy", "startTimestamp": 1714060860},
               "nextState": null,
               "agentAvailabilityState": {"state": "Available", "timeStamp": 1714060810},
               "contacts": [{
                 "contactId": "%s",
                 "initialContactId": "%1$s",
                 "type": "voice",
                 "state": {"type": "connecting", "timestamp": 1714060862},
                 "queue": {"queueARN": "arn:aws:connect:us-east-1:123456789012:instance/i/queue/q1", "name": "BasicQueue"},
                 "queueTimestamp": 1714060855,
                 "connections": [
                   {"connectionId": "a001", "endpoint": {"type": "agent"},
                    "state": {"type": "connecting", "timestamp": 1714060860}, "type": "agent", "initial": false,
                    "softphoneMediaInfo": {"callType": "audio_only", "autoAccept": false,
                      "callContextToken": "sample-call-context-token",
                      "callConfigJson": "{\\"signalingEndpoint\\":\\"wss://127.0.0.1:1/LilyRTC\\",\\"iceServers\\":[]}"},
                    "mute": false},
                   {"connectionId": "b001", "endpoint": {"type": "phone_number", "phoneNumber": "+15555550100"},
                    "state": {"type": "connected", "timestamp": 1714060858}, "type": "inbound", "initial": true}],
                 "attributes": {"customerTier": {"name": "customerTier", "value": "gold"}},
                 "initiationMethod": "inbound"}],
               "snapshotTimestamp": 1714060862.1},
             "nextToken": "token-4"}
            """.formatted(CONTACT_ID);
    }
}
