package dev.callbench.server.internal.signaling;

import java.util.List;

import org.eclipse.jetty.websocket.api.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.google.gson.JsonObject;

import dev.callbench.server.internal.LogText;
import dev.callbench.server.internal.OpenSessions;

/**
 * One signaling WebSocket, opened as {@code ?callId=<contact>&contactCtx=<token>} for a new session or
 * {@code ?callId=<contact>&clientToken=<token>} to come back to one. Frames are handed to the service one at a time,
 * in order; every request is answered, a malformed one with the protocol's 400. Public only because Jetty calls
 * its listener methods through method handles.
 */
public final class SignalingSocket implements Session.Listener.AutoDemanding {

    private static final Logger LOG = LoggerFactory.getLogger(SignalingSocket.class);

    private final SignalingService service;
    private final String callId;
    private final String contactContext;
    private final String clientToken;
    private volatile Session session;
    private volatile SignalingCall call;

    SignalingSocket(SignalingService service, String callId, String contactContext, String clientToken) {
        this.service = service;
        this.callId = callId;
        this.contactContext = contactContext;
        this.clientToken = clientToken;
    }

    @Override
    public void onWebSocketOpen(Session opened) {
        this.session = opened;
        if (clientToken != null) {
            call = service.reattach(callId, clientToken, this);
            if (call == null) {
                LOG.info("A softphone came back for call {} with a client token this server did not give; closing",
                        LogText.of(callId));
                opened.close();
            }
        }
    }

    @Override
    public void onWebSocketText(String text) {
        RpcFrame frame;
        try {
            frame = RpcFrame.parse(text);
        } catch (SignalingRefusal refused) {
            LOG.info("A malformed signaling frame for call {}: {}", LogText.of(callId), LogText.of(refused.getMessage()));
            send(RpcFrame.error(null, refused.error()));
            return;
        }
        if (frame.isResponse()) {
            service.responseArrived(call, frame.id());
            return;
        }
        try {
            handle(frame);
        } catch (SignalingRefusal refused) {
            LOG.info("Signaling refused {} for call {}: {}", LogText.of(frame.method()), LogText.of(callId),
                    LogText.of(refused.getMessage()));
            send(RpcFrame.error(frame.id(), refused.error()));
        }
    }

    private void handle(RpcFrame frame) {
        switch (frame.method()) {
            case "invite" -> invite(frame);
            case "accept" -> {
                service.accept(call(frame));
                send(RpcFrame.result(frame.id(), new JsonObject()));
            }
            case "bye" -> {
                send(RpcFrame.result(frame.id(), new JsonObject()));
                service.bye(call(frame));
                close();
            }
            default -> throw new SignalingRefusal(SignalingError.BAD_REQUEST, "unknown method");
        }
    }

    /** An invite sets a session up; with {@code iceRestart}, it renegotiates the media of one set up before. */
    private void invite(RpcFrame frame) {
        if (call != null) {
            throw new SignalingRefusal(SignalingError.BAD_REQUEST, "a second invite on one socket");
        }
        String contactId = nonBlank(frame.params().optionalString("contactId"), callId);
        String token = nonBlank(frame.params().optionalString("callContextToken"), contactContext);
        String sdp = frame.params().optionalString("sdp");
        if (sdp == null || sdp.isBlank()) {
            throw new SignalingRefusal(SignalingError.INVALID_SDP, "an invite without sdp");
        }
        boolean iceRestart = RpcFrame.flag(frame.params(), "iceRestart");
        call = iceRestart ? service.restartInvite(contactId, token, this) : service.invite(contactId, token, this);
        List<IceCandidateLine> candidates = RpcFrame.candidatesOf(frame.params());
        (iceRestart ? service.restart(call, sdp, candidates) : service.answer(call, sdp, candidates))
                .whenComplete((answer, failure) -> send(failure == null ? RpcFrame.result(frame.id(), RpcFrame.answer(answer))
                        : RpcFrame.error(frame.id(), SignalingService.errorOf(failure))));
    }

    private SignalingCall call(RpcFrame frame) {
        if (call == null) {
            throw new SignalingRefusal(SignalingError.CALL_NOT_FOUND, frame.method() + " before an invite");
        }
        return call;
    }

    private static String nonBlank(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }

    @Override
    public void onWebSocketClose(int statusCode, String reason) {
        if (call != null) {
            service.socketClosed(call, this);
        }
    }

    @Override
    public void onWebSocketError(Throwable cause) {
        LOG.debug("Signaling socket for call {} failed", LogText.of(callId), cause);
    }

    void send(String text) {
        OpenSessions.sendText(session, text);
    }

    void close() {
        OpenSessions.close(session);
    }
}
