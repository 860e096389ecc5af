package dev.callbench.cti.internal.model;

import java.net.http.HttpTimeoutException;

import dev.callbench.api.service.ActionFailedException;
import dev.callbench.api.service.ActionFailedException.Reason;
import dev.callbench.cti.internal.wire.CtiCallException;

/** Turns a failed CTI call into the API's typed failure, with the sentence the agent reads. */
final class ActionFailures {

    private ActionFailures() {
    }

    static ActionFailedException of(Throwable failure) {
        Throwable cause = CtiCallException.unwrap(failure);
        if (cause instanceof ActionFailedException typed) {
            return typed;
        }
        if (!(cause instanceof CtiCallException call)) {
            return new ActionFailedException(Reason.FAILED, cause);
        }
        return new ActionFailedException(reason(call), call);
    }

    /** A refused {@code UpdateAgentConfiguration}: the only thing of the agent's it checks is the desk phone's number. */
    static ActionFailedException ofConfiguration(Throwable failure) {
        Throwable cause = CtiCallException.unwrap(failure);
        if (cause instanceof CtiCallException call && call.kind() == CtiCallException.Kind.REJECTED
                && String.valueOf(call.errorType()).contains("InvalidConfiguration")) {
            return new ActionFailedException(Reason.BAD_ENDPOINT, Messages.deskPhoneRefused, call);
        }
        return of(failure);
    }

    private static Reason reason(CtiCallException call) {
        return switch (call.kind()) {
            case UNREACHABLE -> call.getCause() instanceof HttpTimeoutException ? Reason.TIMEOUT : Reason.NOT_CONNECTED;
            case UNAUTHORIZED -> Reason.UNAUTHORIZED;
            case ACCESS_DENIED -> Reason.ACCESS_DENIED;
            case NOT_FOUND -> Reason.NOT_FOUND;
            case REJECTED -> rejected(call.errorType());
            case SERVER_ERROR, MALFORMED_ANSWER -> Reason.FAILED;
        };
    }

    private static Reason rejected(String errorType) {
        String name = errorType == null ? "" : errorType;
        if (name.contains("Endpoint") || name.contains("Destination")) {
            return Reason.BAD_ENDPOINT;
        }
        return Reason.INVALID_STATE;
    }
}
