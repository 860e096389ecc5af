package dev.callbench.cti.internal.model;

import java.util.Map;

import com.google.gson.JsonObject;

import dev.callbench.api.AgentSnapshot;
import dev.callbench.api.Connection;
import dev.callbench.api.Endpoint;
import dev.callbench.api.WireNames;
import dev.callbench.api.service.ActionFailedException;
import dev.callbench.api.service.ContactAction;

/**
 * The CTI call for each of the agent's actions, with the operation names and parameters Streams uses
 * ({@code contact.accept()} is {@code AcceptContact {contactId}}, a hang-up is {@code DestroyConnection} of
 * the agent's connection ...).
 */
final class ActionRequests {

    /** One CTI call: the operation and its body (the token is added when it is sent). */
    record Request(String operation, JsonObject body) {
    }

    private ActionRequests() {
    }

    static Request of(ContactAction action, AgentSnapshot snapshot) {
        return switch (action) {
            case ContactAction.Dial dial -> dial(dial.endpoint(), snapshot);
            case ContactAction.Accept accept -> onContact("AcceptContact", accept.contactId());
            case ContactAction.Reject reject -> onContact("RejectContact", reject.contactId());
            case ContactAction.Hold hold -> onConnection("HoldConnection", hold.contactId(), hold.connectionId());
            case ContactAction.Resume resume ->
                onConnection("ResumeConnection", resume.contactId(), resume.connectionId());
            case ContactAction.Mute mute -> onConnection(mute.muted() ? "MuteParticipant" : "UnmuteParticipant",
                    mute.contactId(), agentConnection(mute.contactId(), snapshot));
            case ContactAction.SendDigits digits -> sendDigits(digits);
            case ContactAction.Transfer transfer -> additional(transfer.contactId(), transfer.endpoint());
            case ContactAction.Consult consult -> additional(consult.contactId(), consult.endpoint());
            case ContactAction.Conference conference -> onContact("ConferenceConnections", conference.contactId());
            case ContactAction.End end ->
                onConnection("DestroyConnection", end.contactId(), agentConnection(end.contactId(), snapshot));
            case ContactAction.ClearAfterCallWork clear -> onContact("ClearContact", clear.contactId());
            case ContactAction.UpdateAttributes update -> attributes(update.contactId(), update.attributes());
            case ContactAction.UpdateMonitorState monitor -> monitorState(monitor);
        };
    }

    private static Request onContact(String operation, String contactId) {
        JsonObject body = new JsonObject();
        body.addProperty("contactId", contactId);
        return new Request(operation, body);
    }

    private static Request onConnection(String operation, String contactId, String connectionId) {
        Request request = onContact(operation, contactId);
        request.body().addProperty("connectionId", connectionId);
        return request;
    }

    private static Request sendDigits(ContactAction.SendDigits digits) {
        Request request = onConnection("SendDigits", digits.contactId(), digits.connectionId());
        request.body().addProperty("digits", digits.digits());
        return request;
    }

    private static Request additional(String contactId, Endpoint endpoint) {
        Request request = onContact("CreateAdditionalConnection", contactId);
        request.body().add("endpoint", endpointJson(endpoint));
        return request;
    }

    private static Request dial(Endpoint endpoint, AgentSnapshot snapshot) {
        JsonObject body = new JsonObject();
        body.add("endpoint", endpointJson(endpoint));
        body.addProperty("queueARN", snapshot.agent().routingProfile().defaultOutboundQueue().arn());
        return new Request("CreateOutboundContact", body);
    }

    /** Streams sends the mode upper case, as its MonitoringMode names it: SILENT_MONITOR, BARGE. */
    private static Request monitorState(ContactAction.UpdateMonitorState monitor) {
        Request request = onContact("UpdateMonitorParticipantState", monitor.contactId());
        request.body().addProperty("targetMonitorMode", monitor.target().name());
        return request;
    }

    private static Request attributes(String contactId, Map<String, String> attributes) {
        Request request = onContact("UpdateContactAttributes", contactId);
        JsonObject values = new JsonObject();
        attributes.forEach(values::addProperty);
        request.body().add("attributes", values);
        return request;
    }

    /** An endpoint as Streams sends it ({@code connect.Endpoint}'s fields). */
    static JsonObject endpointJson(Endpoint endpoint) {
        JsonObject json = new JsonObject();
        json.addProperty("type", WireNames.of(endpoint.type()));
        json.addProperty("endpointARN", endpoint.arn());
        json.addProperty("endpointId", endpoint.arn());
        json.addProperty("name", endpoint.name());
        json.addProperty("phoneNumber", endpoint.phoneNumber());
        if (endpoint.queue() != null) {
            JsonObject queue = new JsonObject();
            queue.addProperty("queueARN", endpoint.queue().arn());
            queue.addProperty("name", endpoint.queue().name());
            json.add("queue", queue);
        }
        return json;
    }

    /** The agent's own connection on the contact: the one hang-up and mute act on. */
    private static String agentConnection(String contactId, AgentSnapshot snapshot) {
        return snapshot.contact(contactId).flatMap(contact -> contact.agentConnection()).map(Connection::id)
                .orElseThrow(() -> new ActionFailedException(ActionFailedException.Reason.NOT_FOUND, null));
    }
}
