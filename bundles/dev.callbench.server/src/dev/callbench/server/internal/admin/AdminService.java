package dev.callbench.server.internal.admin;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

import dev.callbench.server.internal.LogText;
import dev.callbench.server.internal.Messages;
import dev.callbench.server.internal.center.CallRequest;
import dev.callbench.server.internal.center.Caller;
import dev.callbench.server.internal.center.CenterException;
import dev.callbench.server.internal.center.ContactCenter;
import dev.callbench.server.internal.center.ContactType;
import dev.callbench.server.internal.media.MediaView;
import dev.callbench.server.internal.wire.CenterErrors;
import dev.callbench.server.internal.wire.CtiException;
import dev.callbench.server.internal.wire.ErrorType;
import dev.callbench.server.internal.wire.JsonInput;
import dev.callbench.server.internal.wire.Reply;

/**
 * The admin API for tests and demos: place one call (POST /admin/calls), make its caller hang up
 * (POST /admin/calls/{id}/hangup), see what the media endpoint hears on it (GET /admin/calls/{id}/media), make the
 * media endpoint lose its media as in a crash (POST /admin/calls/{id}/media/crash), see every agent's state
 * (GET /admin/agents), check health (GET /admin/health), and start a supervisor's monitoring of a call as Connect's
 * MonitorContact does (POST /admin/contact/monitor).
 */
public final class AdminService {

    private static final Logger LOG = LoggerFactory.getLogger(AdminService.class);
    private static final long MAX_SECONDS = 86_400;

    private final ContactCenter center;
    private final byte[] adminKey;
    private final Function<String, Optional<MediaView>> media;
    private final Predicate<String> crashMedia;

    /**
     * @param media what the media endpoint hears and sends on a contact's leg, if it carries one
     * @param crashMedia makes the media endpoint lose a contact's media as in a crash; false when it carries none
     */
    public AdminService(ContactCenter center, String adminKey, Function<String, Optional<MediaView>> media,
            Predicate<String> crashMedia) {
        this.center = center;
        this.adminKey = adminKey == null ? null : adminKey.getBytes(StandardCharsets.UTF_8);
        this.media = media;
        this.crashMedia = crashMedia;
    }

    /** Without a media endpoint: no call has media. */
    public AdminService(ContactCenter center, String adminKey) {
        this(center, adminKey, contactId -> Optional.empty(), contactId -> false);
    }

    /** True when no admin key is configured, or the request carries it. */
    public boolean allows(String givenKey) {
        return adminKey == null || givenKey != null
                && MessageDigest.isEqual(adminKey, givenKey.getBytes(StandardCharsets.UTF_8));
    }

    public Reply placeCall(String body) {
        return guarded(() -> {
            JsonInput in = JsonInput.parse(body);
            String contactId = center.placeCall(request(in));
            LOG.info("Admin placed call {} into queue {}", contactId, LogText.of(in.string("queue")));
            JsonObject json = new JsonObject();
            json.addProperty("contactId", contactId);
            return new Reply(201, json.toString());
        });
    }

    /**
     * Connect's MonitorContact ({@code POST /contact/monitor} there): the user starts monitoring a connected call,
     * with Connect's members and answer ({@code ContactId} and {@code ContactArn} of the monitoring contact) and the
     * error types of Connect's public API. {@code UserId} is the agent's login or the id of their ARN.
     */
    public Reply monitor(String body) {
        return guarded(() -> {
            try {
                JsonInput in = JsonInput.parse(body);
                String instance = in.string("InstanceId");
                if (!center.directory().arns().instance().endsWith("/" + instance)
                        && !center.directory().arns().instance().equals(instance)) {
                    return Reply.error(ErrorType.NOT_FOUND, Messages.format("error.unknownInstance", instance));
                }
                String user = in.string("UserId");
                String supervisor = center.directory().loginOf(user).orElse(user);
                String monitoring = center.monitor(in.string("ContactId"), supervisor,
                        in.optionalStringList("AllowedMonitorCapabilities"), in.optionalString("ClientToken"));
                LOG.info("Admin started monitoring of contact {} by {}: monitoring contact {}",
                        LogText.of(in.string("ContactId")), LogText.of(supervisor), monitoring);
                JsonObject json = new JsonObject();
                json.addProperty("ContactId", monitoring);
                json.addProperty("ContactArn", center.directory().arns().instance() + "/contact/" + monitoring);
                return Reply.ok(json);
            } catch (CtiException malformed) {
                return Reply.error(ErrorType.INVALID_REQUEST, malformed.getMessage());
            }
        });
    }

    public Reply hangUp(String contactId) {
        return guarded(() -> {
            center.hangUp(contactId);
            return Reply.ok(new JsonObject());
        });
    }

    /**
     * The media of a live call; {@code "media": false} while no softphone leg carries it. {@code digitsSent} is what
     * the agent sent with SendDigits, which the far end receives from the network, media or not.
     */
    public Reply media(String contactId) {
        Optional<String> digitsSent = center.digitsSent(contactId);
        Optional<MediaView> view = media.apply(contactId);
        if (view.isEmpty() && digitsSent.isEmpty()) {
            return Reply.error(ErrorType.NOT_FOUND, Messages.format("error.unknownContact", contactId));
        }
        JsonObject json = view.map(MediaView::json).orElseGet(() -> {
            JsonObject none = new JsonObject();
            none.addProperty("contactId", contactId);
            none.addProperty("media", false);
            return none;
        });
        json.addProperty("digitsSent", digitsSent.orElse(""));
        return Reply.ok(json);
    }

    /**
     * The media endpoint loses the call's media as a crash would lose it: no bye, no word to anyone; the softphone
     * finds out from its media path, as it would in a real crash. Not found when no softphone leg carries the call.
     */
    public Reply crashMedia(String contactId) {
        if (!crashMedia.test(contactId)) {
            return Reply.error(ErrorType.NOT_FOUND, Messages.format("error.unknownContact", contactId));
        }
        JsonObject json = new JsonObject();
        json.addProperty("contactId", contactId);
        json.addProperty("media", "lost");
        return Reply.ok(json);
    }

    public Reply health() {
        JsonObject json = new JsonObject();
        json.addProperty("status", "ok");
        json.addProperty("waitingContacts", center.waitingCount());
        return Reply.ok(json);
    }

    public Reply agents() {
        JsonArray agents = new JsonArray();
        center.allSnapshots().forEach(s -> agents.add(AgentSummary.json(s)));
        JsonObject json = new JsonObject();
        json.add("agents", agents);
        return Reply.ok(json);
    }

    static CallRequest request(JsonInput in) {
        String typeName = in.optionalString("type");
        ContactType type = typeName == null ? ContactType.VOICE : ContactType.fromWire(typeName)
                .orElseThrow(() -> new CtiException(ErrorType.INVALID_PARAMETER,
                        Messages.format("error.wrongType", "type", "voice / queue_callback")));
        Caller caller = new Caller(in.optionalString("callerName"), in.optionalString("phoneNumber"),
                in.optionalString("account"));
        Map<String, String> attributes = in.optionalObject("attributes") == null ? Map.of()
                : in.stringMap("attributes");
        return new CallRequest(in.string("queue"), type, caller, attributes, millis(in, "talkSeconds"),
                millis(in, "patienceSeconds"), CallerAudioInput.read(in));
    }

    /** Seconds up to a day: more would overflow into an immediate hang-up, and no simulated call lasts that long. */
    private static Long millis(JsonInput in, String name) {
        Long seconds = in.optionalLong(name);
        if (seconds != null && (seconds < 0 || seconds > MAX_SECONDS)) {
            throw new CtiException(ErrorType.INVALID_PARAMETER, Messages.format("error.outOfRange", name, 0,
                    MAX_SECONDS));
        }
        return seconds == null ? null : seconds * 1000;
    }

    private interface Action {
        Reply run();
    }

    private static Reply guarded(Action action) {
        try {
            return action.run();
        } catch (CtiException e) {
            return Reply.error(e);
        } catch (CenterException e) {
            return Reply.error(switch (e.kind()) {
                case NOT_FOUND, QUEUE_AT_CAPACITY, ACCESS_DENIED, INVALID_REQUEST, IDEMPOTENCY ->
                    CenterErrors.type(e.kind());
                default -> ErrorType.INVALID_PARAMETER;
            }, e.getMessage());
        }
    }
}
