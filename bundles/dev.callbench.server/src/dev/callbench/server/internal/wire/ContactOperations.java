package dev.callbench.server.internal.wire;

import java.util.Map;

import com.google.gson.JsonObject;

import dev.callbench.server.internal.center.ContactCenter;
import dev.callbench.server.internal.center.Endpoint;

/** The agent's actions on their state, contacts and connections. Each answers {} when done. */
final class ContactOperations {

    private final ContactCenter center;

    ContactOperations(ContactCenter center) {
        this.center = center;
    }

    void register(Map<String, Operation> operations) {
        operations.put("PutAgentState", this::putAgentState);
        operations.put("AcceptContact", done((login, in) -> center.accept(login, in.string("contactId"))));
        operations.put("RejectContact", done((login, in) -> center.reject(login, in.string("contactId"))));
        operations.put("ClearContact", done((login, in) -> center.clear(login, in.string("contactId"))));
        operations.put("CompleteContact", done((login, in) -> center.clear(login, in.string("contactId"))));
        operations.put("CreateOutboundContact", done((login, in) -> center.callOut(login,
                endpoint(in.object("endpoint")), in.optionalString("queueARN"))));
        operations.put("CreateAdditionalConnection", done((login, in) -> center.addConnection(login,
                in.string("contactId"), endpoint(in.object("endpoint")))));
        operations.put("DestroyConnection", done((login, in) -> center.destroyConnection(login,
                in.string("contactId"), in.string("connectionId"))));
        operations.put("HoldConnection", done((login, in) -> center.hold(login, in.string("contactId"),
                in.string("connectionId"))));
        operations.put("ResumeConnection", done((login, in) -> center.resume(login, in.string("contactId"),
                in.string("connectionId"))));
        operations.put("ToggleActiveConnections", done((login, in) -> center.toggle(login, in.string("contactId"))));
        operations.put("ConferenceConnections",
                done((login, in) -> center.conference(login, in.string("contactId"))));
        operations.put("SendDigits", done((login, in) -> center.sendDigits(login, in.string("contactId"),
                in.string("connectionId"), in.string("digits"))));
        operations.put("MuteParticipant", done((login, in) -> center.mute(login, in.string("contactId"),
                in.string("connectionId"), true)));
        operations.put("UnmuteParticipant", done((login, in) -> center.mute(login, in.string("contactId"),
                in.string("connectionId"), false)));
        operations.put("UpdateMonitorParticipantState", done((login, in) -> center.updateMonitorState(login,
                in.string("contactId"), in.string("targetMonitorMode"))));
        operations.put("UpdateContactAttributes", done((login, in) -> center.updateAttributes(login,
                in.string("contactId"), in.stringMap("attributes"))));
    }

    private JsonObject putAgentState(String login, JsonInput in) {
        JsonInput state = in.object("state");
        String arn = state.optionalString("agentStateARN");
        String name = arn == null ? state.string("name") : state.optionalString("name");
        center.putAgentState(login, arn, name, in.optionalBoolean("enqueueNextState"));
        return new JsonObject();
    }

    /** The endpoint of a call or transfer; Streams sends endpointARN for quick connects. */
    private static Endpoint endpoint(JsonInput in) {
        return new Endpoint(in.string("type"), in.optionalString("endpointARN"), in.optionalString("name"),
                in.optionalString("phoneNumber"), in.optionalString("agentLogin"), null, null);
    }

    @FunctionalInterface
    private interface Action {
        void run(String login, JsonInput input);
    }

    private static Operation done(Action action) {
        return (login, in) -> {
            action.run(login, in);
            return new JsonObject();
        };
    }
}
