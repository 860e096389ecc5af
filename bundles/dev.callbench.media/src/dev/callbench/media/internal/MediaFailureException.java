package dev.callbench.media.internal;

/** A failed step of setting up a call's media; {@link #failure()} says which, the message says what happened. */
public final class MediaFailureException extends Exception {

    private static final long serialVersionUID = 1L;

    private final MediaFailure failure;

    public MediaFailureException(MediaFailure failure, String detail) {
        super(failure.text() + ": " + detail);
        this.failure = failure;
    }

    public MediaFailure failure() {
        return failure;
    }
}
