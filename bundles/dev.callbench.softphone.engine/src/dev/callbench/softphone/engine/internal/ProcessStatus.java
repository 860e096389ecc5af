package dev.callbench.softphone.engine.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * This process's resident memory and thread count as Linux's {@code /proc/self/status} tells them: natives included,
 * which is what the JVM's own figures leave out and what webrtc-java leaks.
 */
record ProcessStatus(long residentKb, int threads) {

    private static final Path STATUS = Path.of("/proc/self/status");

    static ProcessStatus read() throws OperationException {
        List<String> lines;
        try {
            lines = Files.readAllLines(STATUS);
        } catch (IOException e) {
            throw new OperationException(OperationException.UNAVAILABLE,
                    "This system has no " + STATUS + " to read the engine's memory from.");
        }
        return new ProcessStatus(field(lines, "VmRSS:"), (int) field(lines, "Threads:"));
    }

    /** "VmRSS:	  123456 kB" gives 123456. */
    private static long field(List<String> lines, String name) throws OperationException {
        for (String line : lines) {
            if (line.startsWith(name)) {
                return Long.parseLong(line.substring(name.length()).trim().split("\\s+")[0]);
            }
        }
        throw new OperationException(OperationException.UNAVAILABLE, STATUS + " has no " + name);
    }
}
