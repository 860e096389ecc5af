package dev.callbench.product.tests;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** Collects what a process prints, so that a test can wait for a line and show everything when it fails. */
final class ProcessOutput {

    private final StringBuilder text = new StringBuilder();

    private ProcessOutput() {
    }

    static ProcessOutput of(Process process) {
        ProcessOutput output = new ProcessOutput();
        Thread reader = new Thread(() -> output.readAll(process.getInputStream()), "output of " + process.pid());
        reader.setDaemon(true);
        reader.start();
        return output;
    }

    private void readAll(InputStream in) {
        byte[] buffer = new byte[8192];
        try {
            for (int n; (n = in.read(buffer)) > 0;) {
                synchronized (this) {
                    text.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                    notifyAll();
                }
            }
        } catch (IOException streamClosed) {
            // the process ended; what it printed is kept
        }
    }

    /** Waits until the output contains a match, and says whether it came before the timeout. */
    boolean awaitMatch(Pattern pattern, long timeout, TimeUnit unit) throws InterruptedException {
        return awaitMatch(pattern, 0, timeout, unit);
    }

    /** How much has been printed so far: a mark from which to wait for what comes next. */
    synchronized int mark() {
        return text.length();
    }

    /** Waits until what was printed from the mark on contains a match, and says whether it came in time. */
    synchronized boolean awaitMatch(Pattern pattern, int mark, long timeout, TimeUnit unit)
            throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (!pattern.matcher(text).region(mark, text.length()).find()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return true;
    }

    /** What was printed from the mark on. */
    synchronized String since(int mark) {
        return text.substring(mark);
    }

    @Override
    public synchronized String toString() {
        return text.toString();
    }
}
