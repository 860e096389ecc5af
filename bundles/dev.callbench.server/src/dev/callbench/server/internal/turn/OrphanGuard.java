package dev.callbench.server.internal.turn;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stops coturn when this JVM ends without closing it, however it ends. A shutdown hook would not run when the JVM is
 * killed (SIGKILL, a crash, the launcher's forcible stop of a server that does not stop in time), and coturn would be
 * left holding its ports. So a small shell, started by this JVM, waits for the end of a pipe from it, which the system
 * closes when the JVM dies, and then stops coturn by its pid. Where there is no /bin/sh (Windows, where Debian's coturn
 * does not run anyway) there is no guard.
 */
final class OrphanGuard implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OrphanGuard.class);
    private static final Path SHELL = Path.of("/bin/sh");
    private static final String WAIT_THEN_STOP = "read -r nothing; kill \"$1\" 2>/dev/null";

    /** Held while coturn runs: were it unreachable, its end of the pipe would be closed, and coturn stopped. */
    private final Process guard;

    private OrphanGuard(Process guard) {
        this.guard = guard;
    }

    static OrphanGuard watch(Process coturn) {
        if (!Files.isExecutable(SHELL)) {
            LOG.debug("No {}: coturn (pid {}) is stopped at close only", SHELL, coturn.pid());
            return new OrphanGuard(null);
        }
        try {
            Process guard = new ProcessBuilder(SHELL.toString(), "-c", WAIT_THEN_STOP, "callbench-coturn-guard",
                    Long.toString(coturn.pid())).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            OrphanGuard watching = new OrphanGuard(guard);
            coturn.onExit().thenRun(watching::close); // so that it never stops a later process given the same pid
            return watching;
        } catch (IOException e) {
            LOG.warn("coturn (pid {}) is stopped at close only: its guard did not start", coturn.pid(), e);
            return new OrphanGuard(null);
        }
    }

    /** Ends the guard without letting it stop anything: its shell dies of the signal while it waits. */
    @Override
    public void close() {
        if (guard != null) {
            guard.destroy();
        }
    }
}
