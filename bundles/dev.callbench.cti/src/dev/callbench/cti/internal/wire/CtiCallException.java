package dev.callbench.cti.internal.wire;

import java.util.concurrent.CompletionException;

/**
 * A CTI call that did not succeed. {@link Kind} says why in terms the client acts on; the message is
 * technical detail for the log (it never holds a token).
 */
public final class CtiCallException extends Exception {

    private static final long serialVersionUID = 1L;

    /** Why a call failed. */
    public enum Kind {
        /** The service could not be reached, or did not answer in time. */
        UNREACHABLE,
        /** The token is missing, wrong or expired (401). */
        UNAUTHORIZED,
        /** The agent may not do this to this contact (403). */
        ACCESS_DENIED,
        /** The contact, connection or endpoint does not exist (ResourceNotFoundException, 404). */
        NOT_FOUND,
        /** The action is not allowed in the current state, or was malformed (other 4xx). */
        REJECTED,
        /** The service failed (5xx). */
        SERVER_ERROR,
        /** The answer could not be read. */
        MALFORMED_ANSWER
    }

    private final Kind kind;
    private final String errorType;

    public CtiCallException(Kind kind, String errorType, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.errorType = errorType;
    }

    public Kind kind() {
        return kind;
    }

    /** The service's {@code __type}, or null when the service did not say. */
    public String errorType() {
        return errorType;
    }

    /** The failure itself, out of the {@link CompletionException}s that futures wrap it in. */
    public static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }
}
