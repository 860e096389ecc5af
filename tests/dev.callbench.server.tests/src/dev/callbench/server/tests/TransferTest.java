package dev.callbench.server.tests;

import static dev.callbench.server.tests.AgentSession.connection;
import static dev.callbench.server.tests.AgentSession.contact;
import static dev.callbench.server.tests.AgentSession.id;
import static dev.callbench.server.tests.AgentSession.stateType;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;

/** Consults and transfers through queue and agent quick connects reach a second, real agent. */
class TransferTest extends ConnectedCallTest {

    @Test
    void aTransferThroughAQueueGoesToTheNextAgentWhoKeepsTheCaller() throws Exception {
        AgentSession carol = server.available("carol");
        consult("Sales queue");
        JsonObject offered = carol.await("a transferred contact", s -> s.getAsJsonArray("contacts").size() == 1);
        JsonObject transfer = offered.getAsJsonArray("contacts").get(0).getAsJsonObject();
        String transferId = transfer.get("contactId").getAsString();
        assertEquals("queue_transfer", transfer.get("initiationMethod").getAsString());
        assertEquals("Sales", transfer.getAsJsonObject("queue").get("name").getAsString(), "the queue transferred to");
        assertEquals(call, transfer.get("initialContactId").getAsString());
        assertEquals("+15555550100", connection(transfer, "inbound").getAsJsonObject("endpoint").get("phoneNumber")
                .getAsString(), "carol sees who is calling");

        carol.ok("AcceptContact", "{\"contactId\":\"" + transferId + "\"}");
        bob.await("carol on the line", s -> "connected".equals(stateType(thirdParty(s))));
        bob.ok("DestroyConnection", "{\"contactId\":\"" + call + "\",\"connectionId\":\""
                + id(connection(contact(bob.snapshot(), call).orElseThrow(), "agent")) + "\"}");

        assertEquals("AfterCallWork", AgentSession.stateName(bob.awaitContact(call, "ended")));
        JsonObject carols = carol.awaitContact(transferId, "connected");
        assertEquals("Busy", AgentSession.stateName(carols));
        assertEquals("connected", stateType(connection(contact(carols, transferId).orElseThrow(), "inbound")));
    }

    @Test
    void aConsultWithAnAgentQuickConnectRingsThatAgentAndCanBeCalledOff() throws Exception {
        AgentSession carol = server.available("carol");
        consult("Carol");
        JsonObject ringing = carol.await("the consult ringing", s -> s.getAsJsonArray("contacts").size() == 1);
        JsonObject consult = ringing.getAsJsonArray("contacts").get(0).getAsJsonObject();
        assertEquals("connecting", stateType(consult));
        assertEquals("transfer", consult.get("initiationMethod").getAsString());
        JsonObject queue = consult.getAsJsonObject("queue");
        assertTrue(queue.get("name").isJsonNull(), "an agent queue has no name: " + queue);
        assertTrue(queue.get("queueARN").getAsString().contains("/queue/agent/"), "carol's agent queue: " + queue);
        JsonObject consulting = bob.snapshot();
        assertEquals("hold", stateType(connection(contact(consulting, call).orElseThrow(), "inbound")));

        bob.ok("DestroyConnection", "{\"contactId\":\"" + call + "\",\"connectionId\":\"" + id(thirdParty(consulting))
                + "\"}");
        // to carol, the consult called off while it rang is a caller who hung up while it rang: rejected
        JsonObject calledOff = carol.await("the consult called off", s -> s.getAsJsonArray("contacts").size() == 1
                && "rejected".equals(stateType(s.getAsJsonArray("contacts").get(0).getAsJsonObject())));
        assertEquals("MissedCallAgent", AgentSession.stateName(calledOff));
        assertEquals("hold", stateType(connection(contact(bob.snapshot(), call).orElseThrow(), "inbound")),
                "bob's caller still waits for him");
        carol.ok("ClearContact", "{\"contactId\":\"" + calledOff.getAsJsonArray("contacts").get(0).getAsJsonObject()
                .get("contactId").getAsString() + "\"}");
        assertTrue(carol.awaitState("Available").getAsJsonArray("contacts").isEmpty());
    }

    @Test
    void whenTheSecondAgentHangsUpTheFirstSeesTheConsultEnd() throws Exception {
        AgentSession carol = server.available("carol");
        consult("Carol");
        JsonObject ringing = carol.await("the consult ringing", s -> s.getAsJsonArray("contacts").size() == 1);
        String transferId = ringing.getAsJsonArray("contacts").get(0).getAsJsonObject().get("contactId").getAsString();
        carol.ok("AcceptContact", "{\"contactId\":\"" + transferId + "\"}");
        bob.await("carol on the line", s -> "connected".equals(stateType(thirdParty(s))));

        JsonObject carols = carol.awaitContact(transferId, "connected");
        carol.ok("DestroyConnection", "{\"contactId\":\"" + transferId + "\",\"connectionId\":\""
                + id(connection(contact(carols, transferId).orElseThrow(), "agent")) + "\"}");
        carol.awaitContact(transferId, "ended");
        JsonObject after = bob.await("the consult over", s -> "disconnected".equals(stateType(thirdParty(s))));
        assertEquals("connected", stateType(contact(after, call).orElseThrow()), "bob is still with his caller");
    }

    @Test
    void aSimulatedCallerWhoWasTransferredStillHangsUpAfterTheirTalkTime() throws Exception {
        AgentSession alice = server.available("alice");
        String call = server.client().placeCall("{\"queue\":\"BasicQueue\",\"talkSeconds\":4}");
        alice.awaitContact(call, "connecting");
        alice.ok("AcceptContact", "{\"contactId\":\"" + call + "\"}");
        AgentSession carol = server.available("carol");
        alice.ok("CreateAdditionalConnection", "{\"contactId\":\"" + call + "\",\"endpoint\":{\"type\":\"queue\","
                + "\"endpointARN\":\"" + alice.quickConnectArn("Sales queue") + "\"}}");
        JsonObject offered = carol.await("the transfer", s -> s.getAsJsonArray("contacts").size() == 1);
        String transferId = offered.getAsJsonArray("contacts").get(0).getAsJsonObject().get("contactId").getAsString();
        carol.ok("AcceptContact", "{\"contactId\":\"" + transferId + "\"}");
        JsonObject withCarol = alice.await("carol on the line", s -> contact(s, call)
                .map(c -> "connected".equals(stateType(AgentSession.thirdParty(c)))).orElse(false));
        alice.ok("DestroyConnection", "{\"contactId\":\"" + call + "\",\"connectionId\":\""
                + id(connection(contact(withCarol, call).orElseThrow(), "agent")) + "\"}");
        carol.awaitContact(transferId, "connected");
        assertEquals("AfterCallWork", AgentSession.stateName(carol.awaitContact(transferId, "ended")),
                "the caller hung up on carol when their talk time was over");
    }

    private void consult(String quickConnect) throws Exception {
        String arn = bob.quickConnectArn(quickConnect);
        bob.ok("CreateAdditionalConnection", "{\"contactId\":\"" + call + "\",\"endpoint\":{\"type\":\"agent\","
                + "\"endpointARN\":\"" + arn + "\"}}");
    }

    /** The third-party leg of bob's contact in this snapshot. */
    private JsonObject thirdParty(JsonObject snapshot) {
        JsonObject leg = AgentSession.thirdParty(contact(snapshot, call).orElseThrow());
        assertTrue(leg != null, () -> "no third party in " + snapshot);
        return leg;
    }
}
