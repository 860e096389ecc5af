package dev.callbench.server.internal.wire;

import dev.callbench.server.internal.center.CenterException;

/** The wire error type for each reason the contact center refuses a request. */
final class CenterErrors {

    private CenterErrors() {
    }

    static ErrorType type(CenterException.Kind kind) {
        return switch (kind) {
            case NOT_FOUND -> ErrorType.NOT_FOUND;
            case INVALID_STATE -> ErrorType.INVALID_STATE;
            case ACCESS_DENIED -> ErrorType.ACCESS_DENIED;
            case BAD_ENDPOINT -> ErrorType.BAD_ENDPOINT;
            case INVALID_PARAMETER -> ErrorType.INVALID_PARAMETER;
        };
    }
}
