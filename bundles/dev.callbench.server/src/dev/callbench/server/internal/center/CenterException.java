package dev.callbench.server.internal.center;

/** An agent's or caller's request that the contact center refuses; nothing was changed. */
public final class CenterException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the request was refused; the wire layer turns it into an error type and HTTP status. */
    public enum Kind {
        NOT_FOUND, INVALID_STATE, ACCESS_DENIED, BAD_ENDPOINT, INVALID_PARAMETER, QUEUE_AT_CAPACITY,
        /** Connect's public API: a request that cannot be carried out as it stands. */
        INVALID_REQUEST,
        /** Connect's public API: a ClientToken used again for another request. */
        IDEMPOTENCY
    }

    private final Kind kind;

    public CenterException(Kind kind, String message) {
        super(message, null, false, false);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
