package dev.callbench.server.internal.wire;

import dev.callbench.server.internal.center.CenterException;

/** The wire error type for each reason the contact center refuses a request. */
public final class CenterErrors {

    private CenterErrors() {
    }

    public static ErrorType type(CenterException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> ErrorType.NOT_FOUND;
            case INVALID_STATE -> ErrorType.INVALID_STATE;
            case ACCESS_DENIED -> ErrorType.ACCESS_DENIED;
            case BAD_ENDPOINT -> ErrorType.BAD_ENDPOINT;
            case INVALID_PARAMETER -> ErrorType.INVALID_PARAMETER;
            case QUEUE_AT_CAPACITY -> ErrorType.QUEUE_AT_CAPACITY;
            case INVALID_REQUEST -> ErrorType.INVALID_REQUEST;
            case IDEMPOTENCY -> ErrorType.IDEMPOTENCY;
        };
    }
}
