package dev.callbench.server.internal.wire;

import java.util.Map;

import com.google.gson.JsonObject;

import dev.callbench.server.internal.Messages;
import dev.callbench.server.internal.center.ContactCenter;

/**
 * Operations of Connect's CTI service for features the local contact center does not have: each checks that the
 * contact is the agent's own (404, 403) and then refuses with the error Connect gives for a feature that does not
 * apply to the contact (docs/protocol/cti.md, 4.7). Nothing changes.
 */
final class RefusedOperations {

    private final ContactCenter center;

    RefusedOperations(ContactCenter center) {
        this.center = center;
    }

    void register(Map<String, Operation> operations) {
        operations.put("PauseContact", (login, in) -> notForVoice(login, in));
        operations.put("ResumeContact", (login, in) -> notForVoice(login, in));
        operations.put("CreateTaskContact", (login, in) -> {
            throw new CtiException(ErrorType.INVALID_CONTACT_TYPE, Messages.format("error.noTasks"));
        });
    }

    private JsonObject notForVoice(String login, JsonInput in) {
        String type = center.contactType(login, in.string("contactId")).wire();
        throw new CtiException(ErrorType.INVALID_CONTACT_TYPE, Messages.format("error.pauseNotForVoice", type));
    }
}
