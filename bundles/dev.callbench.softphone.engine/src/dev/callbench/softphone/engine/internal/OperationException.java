package dev.callbench.softphone.engine.internal;

/** An operation's failure with the error kind its reply names, e.g. {@code badArguments}. */
public final class OperationException extends Exception {

    public static final String UNKNOWN_OP = "unknownOp";
    public static final String BAD_ARGUMENTS = "badArguments";
    public static final String FAILED = "failed";
    public static final String UNAVAILABLE = "unavailable";

    private static final long serialVersionUID = 1L;

    private final String kind;

    public OperationException(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }
}
