package dev.callbench.server.internal.signaling;

import dev.callbench.server.internal.Messages;

/** The error codes of connect-rtc-js's signaling protocol that this server answers with, and why. */
public enum SignalingError {
    /** A frame that is not a JSON-RPC request this server knows, or a request without what it needs. */
    BAD_REQUEST(400, "signaling.badRequest"),
    /** The call context token is not the one the contact was offered with. */
    ACCESS_DENIED(403, "signaling.accessDenied"),
    /** No live contact of that id is routed to an agent. */
    CALL_NOT_FOUND(404, "signaling.callNotFound"),
    /** The contact's softphone already has a media session. */
    BUSY(486, "signaling.busy"),
    /** The offer's SDP cannot be answered. */
    INVALID_SDP(400, "signaling.invalidSdp"),
    /** The media endpoint failed or is not running. */
    INTERNAL(500, "signaling.internal");

    private final int code;
    private final String messageKey;

    SignalingError(int code, String messageKey) {
        this.code = code;
        this.messageKey = messageKey;
    }

    public int code() {
        return code;
    }

    public String message() {
        return Messages.format(messageKey);
    }
}
