package dev.callbench.softphone.engine.internal.rtc;

/** A signaling step failed; {@link #failure()} says how, the message says what the server or the socket said. */
public final class SignalingException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final SignalingFailure failure;

    public SignalingException(SignalingFailure failure, String detail) {
        super(detail, null, false, false);
        this.failure = failure;
    }

    public SignalingFailure failure() {
        return failure;
    }

    /** The failure connect-rtc-js raises for an error answered to its invite (codes may come as strings). */
    static SignalingFailure ofInviteError(String code) {
        return switch (code) {
            case "486" -> SignalingFailure.USER_BUSY;
            case "404" -> SignalingFailure.CALL_NOT_FOUND;
            default -> SignalingFailure.HANDSHAKE;
        };
    }
}
