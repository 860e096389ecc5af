package dev.callbench.cti.internal.wire;

import java.util.concurrent.CompletionException;

/**
 * Reads part of an answer inside a future's stage: a field that is missing or wrong fails the stage with
 * {@link CtiCallException.Kind#MALFORMED_ANSWER}, naming the field.
 */
public final class AnswerReads {

    /** A read that may find the answer malformed. */
    @FunctionalInterface
    public interface Read<T> {
        T get() throws MalformedSnapshotException, CtiCallException;
    }

    private AnswerReads() {
    }

    public static <T> T read(Read<T> read) {
        try {
            return read.get();
        } catch (CtiCallException e) {
            throw new CompletionException(e);
        } catch (MalformedSnapshotException e) {
            throw new CompletionException(new CtiCallException(CtiCallException.Kind.MALFORMED_ANSWER, null,
                    e.getMessage(), e));
        }
    }
}
