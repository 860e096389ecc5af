package dev.callbench.server.internal.wire;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonObject;

import dev.callbench.server.internal.LogText;
import dev.callbench.server.internal.Messages;
import dev.callbench.server.internal.auth.AuthException;
import dev.callbench.server.internal.auth.SignIn;
import dev.callbench.server.internal.auth.TokenService;
import dev.callbench.server.internal.center.CenterException;
import dev.callbench.server.internal.center.ContactCenter;
import dev.callbench.server.internal.state.AgentSettingsFile;

/**
 * Amazon Connect's CTI service protocol (AWS JSON 1.0) without HTTP: the operation named by X-Amz-Target, the
 * caller found from their token, the body checked, the answer or a {"__type","message"} error. A refused request
 * changes nothing and is logged without its token.
 */
public final class CtiService {

    static final String TARGET_PREFIX = "AmazonConnectCTIService.";
    private static final Logger LOG = LoggerFactory.getLogger(CtiService.class);

    private final Map<String, Operation> operations = new HashMap<>();
    private final TokenService tokens;
    private final SnapshotPolls polls;

    public CtiService(ContactCenter center, TokenService tokens, SoftphoneSettings softphone,
            UnaryOperator<String> pushAddress, long maxPollMillis, List<String> permissions, List<String> countries,
            AgentSettingsFile settings) {
        this.tokens = tokens;
        this.polls = new SnapshotPolls(center, new SnapshotJson(softphone), maxPollMillis);
        new ConfigurationOperations(center.directory(), permissions, countries).register(operations);
        new ContactOperations(center).register(operations);
        new MetricOperations(center).register(operations);
        new ReportOperations(center).register(operations);
        new SettingsOperations(center, settings).register(operations);
        new RefusedOperations(center).register(operations);
        new TransportOperations(softphone.iceServers(), pushAddress).register(operations);
    }

    /**
     * Handles one request. bearer is the X-Amz-Bearer header, session the session cookie (either may be null);
     * reply is called exactly once, possibly later (long poll) and on another thread.
     */
    public void handle(String target, String bearer, String session, String body, Consumer<Reply> reply) {
        String operation = target;
        try {
            operation = operationName(target);
            JsonInput input = JsonInput.parse(body);
            if ("GetNewAuthToken".equals(operation)) {
                reply.accept(Reply.ok(newAuthToken(input)));
            } else if ("GetAgentSnapshot".equals(operation)) {
                polls.poll(login(bearer, session, input), input, reply);
            } else {
                reply.accept(Reply.ok(find(operation).call(login(bearer, session, input), input)));
            }
        } catch (CtiException e) {
            reply.accept(refused(operation, e.type(), e.getMessage()));
        } catch (CenterException e) {
            reply.accept(refused(operation, CenterErrors.type(e.kind()), e.getMessage()));
        } catch (RuntimeException e) {
            LOG.error("Operation {} failed", LogText.of(operation), e);
            reply.accept(Reply.error(ErrorType.INTERNAL, Messages.format("error.internal")));
        }
    }

    private static String operationName(String target) {
        if (target == null || !target.startsWith(TARGET_PREFIX)) {
            throw new CtiException(ErrorType.UNKNOWN_OPERATION, Messages.format("error.missingTarget"));
        }
        return target.substring(TARGET_PREFIX.length());
    }

    private Operation find(String operation) {
        Operation found = operations.get(operation);
        if (found == null) {
            throw new CtiException(ErrorType.UNKNOWN_OPERATION, Messages.format("error.unknownOperation", operation));
        }
        return found;
    }

    /** The token comes from X-Amz-Bearer, else the body's authentication.authToken, else the session cookie. */
    private String login(String bearer, String session, JsonInput input) {
        JsonInput authentication = input.optionalObject("authentication");
        String token = bearer != null ? bearer
                : authentication != null ? authentication.optionalString("authToken") : null;
        try {
            if (token == null && session == null) {
                throw new AuthException(Messages.format("error.unauthorized"));
            }
            return token != null ? tokens.loginFor(token) : tokens.renew(session).login();
        } catch (AuthException e) {
            throw new CtiException(ErrorType.UNAUTHORIZED, e.getMessage());
        }
    }

    private JsonObject newAuthToken(JsonInput input) {
        try {
            SignIn renewed = tokens.renew(input.string("refreshToken"));
            JsonObject json = new JsonObject();
            json.addProperty("newAuthToken", renewed.access().value());
            json.add("expirationDateTime", WireJson.timestamp(renewed.access().expiresAt()));
            return json;
        } catch (AuthException e) {
            throw new CtiException(ErrorType.UNAUTHORIZED, e.getMessage());
        }
    }

    private static Reply refused(String operation, ErrorType type, String message) {
        LOG.info("Refused {}: {} {} ({})", LogText.of(operation), type.status(), type.type(), LogText.of(message));
        return Reply.error(type, message);
    }
}
