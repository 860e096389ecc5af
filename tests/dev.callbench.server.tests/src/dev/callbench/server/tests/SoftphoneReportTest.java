package dev.callbench.server.tests;

import static dev.callbench.server.tests.AgentSession.connection;
import static dev.callbench.server.tests.AgentSession.contact;
import static dev.callbench.server.tests.AgentSession.id;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** A softphone's call report is taken for the agent's own contacts only, also once they are cleared. */
class SoftphoneReportTest extends ConnectedCallTest {

    private static final String REPORT = "{\"contactId\":\"%s\",\"ccpVersion\":\"V2\",\"report\":"
            + "{\"callStartTime\":1714060850.12,\"talkTimeMillis\":1200,\"softphoneStreamStatistics\":[]}}";

    @Test
    void theAgentReportsTheirCallAfterClearingIt() throws Exception {
        bob.ok("DestroyConnection", "{\"contactId\":\"" + call + "\",\"connectionId\":\""
                + id(connection(contact(bob.snapshot(), call).orElseThrow(), "agent")) + "\"}");
        bob.awaitContact(call, "ended");
        bob.ok("ClearContact", "{\"contactId\":\"" + call + "\"}");
        bob.awaitState("Available");
        assertEquals(200, bob.call("SendSoftphoneCallReport", REPORT.formatted(call)).status());
    }

    @Test
    void nobodyReportsAnotherAgentsContactOrAMadeUpOne() throws Exception {
        AgentSession carol = server.agent("carol", "Available");
        HttpAnswer others = carol.call("SendSoftphoneCallReport", REPORT.formatted(call));
        assertEquals(404, others.status(), others.toString());
        HttpAnswer madeUp = bob.call("SendSoftphoneCallReport", REPORT.formatted("no-such-contact"));
        assertEquals(404, madeUp.status(), madeUp.toString());
    }
}
