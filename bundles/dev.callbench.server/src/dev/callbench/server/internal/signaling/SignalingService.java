package dev.callbench.server.internal.signaling;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.websocket.server.ServerUpgradeRequest;
import org.eclipse.jetty.websocket.server.ServerUpgradeResponse;
import org.eclipse.jetty.websocket.server.WebSocketCreator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonObject;

import dev.callbench.server.internal.LogText;
import dev.callbench.server.internal.center.AgentSnapshot;
import dev.callbench.server.internal.center.ConnectionState;
import dev.callbench.server.internal.center.ConnectionType;
import dev.callbench.server.internal.center.ContactCenter;
import dev.callbench.server.internal.center.SoftphoneLeg;

/**
 * The signaling endpoint: connect-rtc-js's protocol (JSON-RPC 2.0 {@code invite}, {@code accept}, {@code bye} and
 * the server's {@code bye} and {@code renewClientToken}) over WebSocket. An invite is taken only for a live contact
 * routed to an agent, with the call context token it was offered with, and only once per contact; the session ends
 * with either side's {@code bye} or, from the server, when the contact leaves the agent.
 */
public final class SignalingService implements WebSocketCreator {

    private static final Logger LOG = LoggerFactory.getLogger(SignalingService.class);
    /** connect-rtc-js waits this long for the answer to its bye before it closes anyway. */
    private static final long BYE_GRACE_MILLIS = 2_000;

    private final ContactCenter center;
    private final MediaLegs media;
    private final ScheduledExecutorService scheduler;
    private final Map<String, SignalingCall> calls = new ConcurrentHashMap<>();
    private final Map<String, SignalingCall> byeSentAwaiting = new ConcurrentHashMap<>();

    public SignalingService(ContactCenter center, MediaLegs media, ScheduledExecutorService scheduler) {
        this.center = center;
        this.media = media;
        this.scheduler = scheduler;
        center.watch(this::agentChanged);
    }

    @Override
    public Object createWebSocket(ServerUpgradeRequest request, ServerUpgradeResponse response,
            org.eclipse.jetty.util.Callback callback) {
        Fields query = Request.extractQueryParameters(request);
        return new SignalingSocket(this, query.getValue("callId"), query.getValue("contactCtx"),
                query.getValue("clientToken"));
    }

    SignalingCall invite(String contactId, String callContextToken, SignalingSocket socket) {
        if (contactId == null) {
            throw new SignalingRefusal(SignalingError.BAD_REQUEST, "no callId");
        }
        SoftphoneLeg leg = center.softphoneLeg(contactId, callContextToken).orElseThrow(() -> center.isLive(contactId)
                ? new SignalingRefusal(SignalingError.ACCESS_DENIED, "wrong call context token")
                : new SignalingRefusal(SignalingError.CALL_NOT_FOUND, "no such contact routed to an agent"));
        SignalingCall call = new SignalingCall(leg, socket);
        if (calls.putIfAbsent(contactId, call) != null) {
            throw new SignalingRefusal(SignalingError.BUSY, "the contact has a media session already");
        }
        if (center.softphoneLeg(contactId, callContextToken).isEmpty()) { // it ended while we registered
            calls.remove(contactId, call);
            throw new SignalingRefusal(SignalingError.CALL_NOT_FOUND, "the contact ended");
        }
        LOG.info("Softphone invite for contact {} of agent {}", LogText.of(contactId), leg.agentLogin());
        return call;
    }

    /**
     * An ICE restart's invite, on a new socket: taken only for the session the contact has, with the call context
     * token it was offered with; the session speaks on the new socket from now on.
     */
    SignalingCall restartInvite(String contactId, String callContextToken, SignalingSocket socket) {
        if (contactId == null) {
            throw new SignalingRefusal(SignalingError.BAD_REQUEST, "no callId");
        }
        SignalingCall call = calls.get(contactId);
        if (call == null) {
            throw new SignalingRefusal(SignalingError.CALL_NOT_FOUND, "no media session to restart");
        }
        if (center.softphoneLeg(contactId, callContextToken).isEmpty()) {
            throw new SignalingRefusal(SignalingError.ACCESS_DENIED, "wrong call context token");
        }
        call.moveTo(socket);
        LOG.info("Softphone ICE restart for contact {} of agent {}", LogText.of(contactId), call.leg().agentLogin());
        return call;
    }

    /** The restart's answer; a refusal leaves the session as it was (connect-rtc-js may try again). */
    CompletableFuture<MediaLegs.SessionAnswer> restart(SignalingCall call, String sdp, List<IceCandidateLine> candidates) {
        try {
            return media.restart(call.leg(), sdp, candidates);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    CompletableFuture<MediaLegs.SessionAnswer> answer(SignalingCall call, String sdp, List<IceCandidateLine> candidates) {
        CompletableFuture<MediaLegs.SessionAnswer> answer;
        try {
            answer = media.answer(call.leg(), sdp, candidates);
        } catch (RuntimeException e) {
            answer = CompletableFuture.failedFuture(e);
        }
        return answer.whenComplete((done, failure) -> {
            if (failure != null) {
                LOG.info("The media endpoint did not answer contact {}: {}", call.leg().contactId(),
                        LogText.of(failure.getMessage()));
                calls.remove(call.leg().contactId(), call);
            }
        });
    }

    static SignalingError errorOf(Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        return cause instanceof SignalingRefusal refusal ? refusal.error() : SignalingError.INTERNAL;
    }

    void accept(SignalingCall call) {
        if (call.accept()) {
            media.accepted(call.leg());
            JsonObject params = new JsonObject();
            params.addProperty("clientToken", call.clientToken());
            call.socket().send(RpcFrame.notification("renewClientToken", params));
        }
    }

    /** The softphone said bye. */
    void bye(SignalingCall call) {
        end(call);
    }

    SignalingCall reattach(String contactId, String clientToken, SignalingSocket socket) {
        SignalingCall call = contactId == null ? null : calls.get(contactId);
        if (call == null || !call.clientToken().equals(clientToken)) {
            return null;
        }
        call.moveTo(socket);
        return call;
    }

    void socketClosed(SignalingCall call, SignalingSocket socket) {
        if (call.socket() == socket) {
            LOG.debug("The softphone of contact {} lost its signaling socket; media goes on", call.leg().contactId());
        }
    }

    void responseArrived(SignalingCall call, String id) {
        if (id != null && call != null && byeSentAwaiting.remove(id, call)) {
            call.socket().close();
        }
    }

    private void agentChanged(AgentSnapshot snapshot) {
        Set<String> carried = contactsWithAudio(snapshot);
        calls.values().stream()
                .filter(call -> call.leg().agentLogin().equals(snapshot.login()))
                .filter(call -> !carried.contains(call.leg().contactId()))
                .forEach(this::sayBye);
    }

    private static Set<String> contactsWithAudio(AgentSnapshot snapshot) {
        return snapshot.contacts().stream().filter(SignalingService::carriesAudio).map(AgentSnapshot.ContactView::id)
                .collect(Collectors.toSet());
    }

    private static boolean carriesAudio(AgentSnapshot.ContactView contact) {
        return switch (contact.state()) {
            case INCOMING, CONNECTING, CONNECTED -> contact.connections().stream()
                    .anyMatch(c -> (c.type() == ConnectionType.AGENT
                            || contact.monitoring() && c.type() == ConnectionType.MONITORING)
                            && c.state() != ConnectionState.DISCONNECTED);
            default -> false;
        };
    }

    /** The contact left the agent: the server ends the session and closes the socket once answered. */
    private void sayBye(SignalingCall call) {
        if (!end(call)) {
            return;
        }
        String id = UUID.randomUUID().toString();
        byeSentAwaiting.put(id, call);
        call.socket().send(RpcFrame.request("bye", id, new JsonObject()));
        try {
            scheduler.schedule(() -> {
                if (byeSentAwaiting.remove(id, call)) {
                    call.socket().close();
                }
            }, BYE_GRACE_MILLIS, TimeUnit.MILLISECONDS);
        } catch (RejectedExecutionException stopping) {
            call.socket().close();
        }
    }

    private boolean end(SignalingCall call) {
        if (!call.end()) {
            return false;
        }
        calls.remove(call.leg().contactId(), call);
        media.ended(call.leg());
        LOG.info("Softphone session of contact {} ended", call.leg().contactId());
        return true;
    }
}
