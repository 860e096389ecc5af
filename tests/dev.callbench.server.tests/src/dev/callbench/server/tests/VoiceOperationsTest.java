package dev.callbench.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The other operations Streams 2.28.2 sends for voice contacts: call metrics and contact issues are taken for the
 * agent's own contacts; pausing, monitoring and tasks are refused with Connect's errors; none of them for a contact
 * that is not the agent's.
 */
class VoiceOperationsTest extends SharedServer {

    private static AgentSession alice;
    private static String call;

    @BeforeAll
    static void aliceOnACall() throws Exception {
        alice = server.available("alice");
        call = server.connectedCall(alice, "BasicQueue");
    }

    @Test
    void softphoneCallMetricsAreTakenForTheAgentsContact() throws Exception {
        alice.ok("SendSoftphoneCallMetrics", "{\"contactId\":\"" + call + "\",\"ccpVersion\":\"2.28.2\","
                + "\"softphoneStreamStatistics\":[{\"timestamp\":1714060860.5,\"softphoneStreamType\":\"audio_input\","
                + "\"packetCount\":50,\"packetsLost\":0,\"audioLevel\":0.2,\"jitterBufferMillis\":20}]}");
        assertEquals(404, alice.call("SendSoftphoneCallMetrics",
                "{\"contactId\":\"made-up\",\"softphoneStreamStatistics\":[]}").status());
        assertEquals(400, alice.call("SendSoftphoneCallMetrics", "{\"contactId\":\"" + call + "\"}").status());
    }

    @Test
    void aContactIssueIsTakenForTheAgentsContact() throws Exception {
        alice.ok("NotifyContactIssue", "{\"contactId\":\"" + call + "\",\"issueCode\":\"audio\","
                + "\"description\":\"the caller sounds robotic\"}");
        assertEquals(404, alice.call("NotifyContactIssue", "{\"contactId\":\"made-up\"}").status());
    }

    @Test
    void aVoiceContactCannotBePausedOrResumed() throws Exception {
        for (String operation : new String[] { "PauseContact", "ResumeContact" }) {
            HttpAnswer refused = alice.call(operation, "{\"contactId\":\"" + call + "\"}");
            assertEquals(400, refused.status(), operation);
            assertEquals("InvalidContactTypeException", refused.errorType(), operation);
            assertEquals(404, alice.call(operation, "{\"contactId\":\"made-up\"}").status(), operation);
        }
    }

    @Test
    void aMonitorStateOnACallThatIsNoMonitoringAndTasksAreRefused() throws Exception {
        HttpAnswer monitor = alice.call("UpdateMonitorParticipantState", "{\"contactId\":\"" + call
                + "\",\"targetMonitorMode\":\"BARGE\"}");
        assertEquals(409, monitor.status());
        assertEquals("InvalidStateException", monitor.errorType());
        HttpAnswer task = alice.call("CreateTaskContact", "{\"name\":\"Follow up\"}");
        assertEquals(400, task.status());
        assertEquals("InvalidContactTypeException", task.errorType());
    }

    @Test
    void anotherAgentsContactIsDenied() throws Exception {
        AgentSession bob = server.agent("bob", null);
        assertEquals(403, bob.call("PauseContact", "{\"contactId\":\"" + call + "\"}").status());
    }
}
