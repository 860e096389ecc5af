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

    @Test
    void afterCallWorkOfATransferredCallEndsByItselfToo() throws Exception {
        try (TestServer server = TestServer.start(LIMITED, "")) {
            AgentSession bob = server.agent("bob", "Available");
            String call = server.connectedCall(bob, "Sales");
            bob.ok("CreateAdditionalConnection", "{\"contactId\":\"" + call + "\",\"endpoint\":{\"type\":"
                    + "\"phone_number\",\"phoneNumber\":\"+15555550111\"}}");
            JsonObject consulting = bob.await("third party answered", s -> contact(s, call)
                    .map(c -> AgentSession.thirdParty(c) != null
                            && "connected".equals(AgentSession.stateType(AgentSession.thirdParty(c))))
                    .orElse(false));

            bob.ok("DestroyConnection", "{\"contactId\":\"" + call + "\",\"connectionId\":\""
                    + id(connection(contact(consulting, call).orElseThrow(), "agent")) + "\"}");
            assertEquals("AfterCallWork", AgentSession.stateName(bob.awaitContact(call, "ended")),
                    "bob left the caller with the third party: a transfer");

            JsonObject after = bob.awaitState("Available");
            assertTrue(after.getAsJsonArray("contacts").isEmpty(), "the transferred contact is gone: " + after);
        }
    }
}
