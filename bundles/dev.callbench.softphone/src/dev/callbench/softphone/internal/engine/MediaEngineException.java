package dev.callbench.softphone.internal.engine;

/**
 * Why a request to the media engine failed. The message is a sentence for the agent; {@link #detail()} is for the
 * log, and {@link #kind()} is the engine's error kind when the engine itself refused ({@link Reason#REFUSED}).
 */
public final class MediaEngineException extends Exception {

    /** What went wrong, for code that reacts differently. */
    public enum Reason {
        /** The engine process ended, or was stopped because it broke the protocol, before it answered. */
        STOPPED,
        /** The workbench stopped the engine on purpose before it answered. */
        SHUT_DOWN,
        /** No answer within the request's time. */
        NOT_ANSWERING,
        /** The engine answered with an error. */
        REFUSED,
        /** No engine was ready within the request's time. */
        NOT_READY
    }

    private static final long serialVersionUID = 1L;

    private final Reason reason;
    private final String kind;
    private final String detail;

    public MediaEngineException(Reason reason, String sentence, String kind, String detail) {
        super(sentence);
        this.reason = reason;
        this.kind = kind;
        this.detail = detail;
    }

    public Reason reason() {
        return reason;
    }

    /** The engine's error kind ({@code unknownOp}, {@code badArguments}, {@code failed} ...), or "" if it did not answer. */
    public String kind() {
        return kind;
    }

    public String detail() {
        return detail;
    }
}
