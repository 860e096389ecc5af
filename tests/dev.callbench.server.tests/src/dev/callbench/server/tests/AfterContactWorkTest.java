package dev.callbench.server.tests;

import static dev.callbench.server.tests.AgentSession.connection;
import static dev.callbench.server.tests.AgentSession.contact;
import static dev.callbench.server.tests.AgentSession.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/** With an after-call work time limit configured, the contact is cleared for the agent when it has passed. */
class AfterContactWorkTest {

    private static final String LIMITED = "{\"offerTimeoutMillis\": 5000, \"outboundAnswerMillis\": 50,"
            + " \"afterContactWorkMillis\": 300}";

    @Test
    void afterCallWorkEndsByItselfAtItsTimeLimit() throws Exception {
        try (TestServer server = TestServer.start(LIMITED, "")) {
            AgentSession bob = server.agent("bob", "Available");
            String call = server.connectedCall(bob, "Sales");
            JsonObject talking = contact(bob.snapshot(), call).orElseThrow();

            bob.ok("DestroyConnection", "{\"contactId\":\"" + call + "\",\"connectionId\":\""
                    + id(connection(talking, "agent")) + "\"}");
            assertEquals("AfterCallWork", AgentSession.stateName(bob.awaitContact(call, "ended")));

            JsonObject after = bob.awaitState("Available"); // nobody calls ClearContact
            assertTrue(after.getAsJsonArray("contacts").isEmpty(), "the ended contact is gone: " + after);
        }
    }
}
