package dev.callbench.events.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import org.osgi.service.log.LogEntry;
import org.osgi.service.log.LogListener;
import org.osgi.service.log.LogReaderService;

/** Reads the OSGi log, where the bus reports listeners that fail or overrun, as a support person would. */
final class LogWatch implements LogListener, AutoCloseable {

    private final LogReaderService reader;
    private final List<LogEntry> entries = new ArrayList<>();

    LogWatch(LogReaderService reader) {
        this.reader = reader;
        reader.addLogListener(this);
    }

    @Override
    public synchronized void logged(LogEntry entry) {
        entries.add(entry);
        notifyAll();
    }

    /** Waits for an entry whose message contains all the fragments. */
    synchronized LogEntry await(Duration timeout, String... fragments) throws InterruptedException {
        Predicate<LogEntry> matches = entry -> List.of(fragments).stream()
                .allMatch(fragment -> entry.getMessage() != null && entry.getMessage().contains(fragment));
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            for (LogEntry entry : entries) {
                if (matches.test(entry)) {
                    return entry;
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                fail("no log entry with " + List.of(fragments) + " within " + timeout + "; the log has: "
                        + entries.stream().map(LogEntry::getMessage).toList());
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    @Override
    public void close() {
        reader.removeLogListener(this);
    }
}
