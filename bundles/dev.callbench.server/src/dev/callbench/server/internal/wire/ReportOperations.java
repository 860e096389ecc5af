package dev.callbench.server.internal.wire;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonObject;

import dev.callbench.server.internal.LogText;
import dev.callbench.server.internal.Messages;
import dev.callbench.server.internal.center.ContactCenter;

/**
 * Reports the client sends for the record: softphone call reports (only about the agent's own contacts, which may
 * already be cleared) and client logs. Checked, counted, logged.
 */
final class ReportOperations {

    private static final Logger LOG = LoggerFactory.getLogger(ReportOperations.class);

    private final ContactCenter center;

    ReportOperations(ContactCenter center) {
        this.center = center;
    }

    void register(Map<String, Operation> operations) {
        operations.put("SendSoftphoneCallReport", this::callReport);
        operations.put("SendClientLogs", this::clientLogs);
        operations.put("SendSoftphoneCallMetrics", this::callMetrics);
        operations.put("NotifyContactIssue", this::contactIssue);
    }

    private JsonObject callReport(String login, JsonInput in) {
        String contactId = handled(login, in);
        in.object("report");
        LOG.info("Softphone call report from agent {} for contact {}", login, LogText.of(contactId));
        return new JsonObject();
    }

    /** Streams sends the softphone's stream statistics every few seconds of a call. */
    private JsonObject callMetrics(String login, JsonInput in) {
        String contactId = handled(login, in);
        int count = in.array("softphoneStreamStatistics").size();
        LOG.debug("{} softphone stream statistics from agent {} for contact {}", count, login, LogText.of(contactId));
        return new JsonObject();
    }

    /** The CCP tells of a problem with a contact (Streams: contact.notifyIssue). */
    private JsonObject contactIssue(String login, JsonInput in) {
        String contactId = handled(login, in);
        LOG.info("Agent {} reports issue {} with contact {}: {}", login, LogText.of(in.optionalString("issueCode")),
                LogText.of(contactId), LogText.of(in.optionalString("description")));
        return new JsonObject();
    }

    /** The contact the request is about: one of the agent's last contacts (they may be cleared already). */
    private String handled(String login, JsonInput in) {
        String contactId = in.string("contactId");
        if (!center.hasHandled(login, contactId)) {
            throw new CtiException(ErrorType.NOT_FOUND, Messages.format("error.unknownContact", LogText.of(contactId)));
        }
        return contactId;
    }

    private JsonObject clientLogs(String login, JsonInput in) {
        int count = in.array("logEvents").size();
        LOG.debug("{} client log events from agent {}", count, login);
        return new JsonObject();
    }
}
