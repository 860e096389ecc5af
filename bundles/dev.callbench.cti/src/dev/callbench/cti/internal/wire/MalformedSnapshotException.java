package dev.callbench.cti.internal.wire;

/** A snapshot that cannot be used; the message names the field and what is wrong with it. */
public final class MalformedSnapshotException extends Exception {

    private static final long serialVersionUID = 1L;

    public MalformedSnapshotException(String message) {
        super(message);
    }
}
