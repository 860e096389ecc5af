package dev.callbench.api.service;

import java.util.Objects;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

import dev.callbench.api.internal.Messages;

/**
 * Why an action failed, with a sentence the agent can read ({@link #getMessage()}). The technical detail, if any,
 * is the cause. The {@link java.util.concurrent.CompletionStage}s of {@link ContactCenter} complete exceptionally with
 * it; {@link #of(Throwable)} finds it inside the wrappers Java puts around it.
 */
public class ActionFailedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** The kinds of failure, after Amazon Connect's CTI exceptions. */
    public enum Reason {
        /** A contribution refused the action; the message is its reason. */
        REFUSED,
        /** The contact or the agent is not in a state that allows the action. */
        INVALID_STATE,
        /** No such contact or connection. */
        NOT_FOUND,
        /** The number or quick connect cannot be reached. */
        BAD_ENDPOINT,
        /** The agent is not allowed to do this. */
        ACCESS_DENIED,
        /** The agent's session expired; they must sign in again. */
        UNAUTHORIZED,
        /** The contact center cannot be reached. */
        NOT_CONNECTED,
        /** The contact center did not answer in time. */
        TIMEOUT,
        /** Any other failure. */
        FAILED
    }

    private final Reason reason;

    /** A failure with the standard sentence for its reason. */
    public ActionFailedException(Reason reason, Throwable cause) {
        this(reason, Messages.forReason(reason), cause);
    }

    /** A failure with a sentence of its own for the agent. */
    public ActionFailedException(Reason reason, String agentMessage, Throwable cause) {
        super(Objects.requireNonNull(agentMessage, "agentMessage"), cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    /** A refusal by a contribution, with its reason for the agent. */
    public static ActionFailedException refused(String reasonForAgent) {
        return new ActionFailedException(Reason.REFUSED, reasonForAgent, null);
    }

    /** The kind of failure. */
    public Reason reason() {
        return reason;
    }

    /**
     * The {@code ActionFailedException} inside a failure of a {@link java.util.concurrent.CompletionStage}; any other
     * throwable becomes one of reason {@link Reason#FAILED}.
     */
    public static ActionFailedException of(Throwable failure) {
        Throwable unwrapped = failure;
        while ((unwrapped instanceof CompletionException || unwrapped instanceof ExecutionException)
                && unwrapped.getCause() != null) {
            unwrapped = unwrapped.getCause();
        }
        return unwrapped instanceof ActionFailedException found ? found
                : new ActionFailedException(Reason.FAILED, unwrapped);
    }
}
