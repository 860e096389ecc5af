package dev.callbench.server.tests;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * What the server's log (slf4j-simple, on standard error) says while captured; it still goes to standard error too,
 * so the test's output keeps it.
 */
final class StandardError {

    private final PrintStream original;
    private final ByteArrayOutputStream captured = new ByteArrayOutputStream();

    private StandardError(PrintStream original) {
        this.original = original;
    }

    static StandardError capture() {
        StandardError capture = new StandardError(System.err);
        OutputStream both = new OutputStream() {
            @Override
            public void write(int b) {
                capture.original.write(b);
                synchronized (capture.captured) {
                    capture.captured.write(b);
                }
            }

            @Override
            public void write(byte[] bytes, int offset, int length) {
                capture.original.write(bytes, offset, length);
                synchronized (capture.captured) {
                    capture.captured.write(bytes, offset, length);
                }
            }
        };
        System.setErr(new PrintStream(both, true, StandardCharsets.UTF_8));
        return capture;
    }

    void release() {
        System.setErr(original);
    }

    String text() {
        synchronized (captured) {
            return captured.toString(StandardCharsets.UTF_8);
        }
    }
}
