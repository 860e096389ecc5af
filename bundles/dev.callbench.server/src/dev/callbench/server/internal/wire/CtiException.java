package dev.callbench.server.internal.wire;

/** A refused request, answered with {"__type": type, "message": message}. */
public final class CtiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final ErrorType type;

    public CtiException(ErrorType type, String message) {
        super(message, null, false, false);
        this.type = type;
    }

    public ErrorType type() {
        return type;
    }
}
