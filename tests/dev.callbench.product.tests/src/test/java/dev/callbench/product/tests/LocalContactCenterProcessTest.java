package dev.callbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With no contact center configured, the product starts the local contact center as a process of its own, and
 * that process ends with the product, also when the product is ended by a signal (SIGTERM, as {@code kill} or a
 * shutdown sends), which Equinox answers without stopping its bundles, and when it is killed (SIGKILL), which
 * the server notices by watching the product's process.
 */
class LocalContactCenterProcessTest {

    private static final String SERVER_MAIN = "dev.callbench.server.internal.LocalContactCenterMain";
    private static final long WAIT_SECONDS = 120;

    @TempDir
    Path installation;

    @Test
    void theLocalContactCenterEndsWhenTheProductIsTerminated() throws Exception {
        assertServerEndsWhenTheProductEnds(Process::destroy); // SIGTERM: its start script execs java
    }

    @Test
    void theLocalContactCenterEndsWhenTheProductIsKilled() throws Exception {
        assertServerEndsWhenTheProductEnds(Process::destroyForcibly); // SIGKILL: no shutdown hook runs
    }

    private void assertServerEndsWhenTheProductEnds(Consumer<Process> ending) throws Exception {
        InstalledProduct product = InstalledProduct.copyOfLinuxProduct(installation);
        Process callbench = product.start();
        ProcessOutput output = ProcessOutput.of(callbench);
        Optional<ProcessHandle> server = Optional.empty();
        try {
            server = awaitServer(callbench);
            assertTrue(server.isPresent(), "the product started no local contact center; it printed:\n" + output);
            ending.accept(callbench);
            assertTrue(callbench.waitFor(WAIT_SECONDS, TimeUnit.SECONDS), "the product did not end:\n" + output);
            assertTrue(server.get().onExit().completeOnTimeout(null, WAIT_SECONDS, TimeUnit.SECONDS).get() != null,
                    "the local contact center (pid " + server.get().pid() + ") outlived the product");
        } finally {
            server.ifPresent(ProcessHandle::destroyForcibly); // what this test started, should it have failed
            InstalledProduct.stop(callbench);
        }
    }

    /** The product's child process that runs the local contact center, once it is there. */
    private static Optional<ProcessHandle> awaitServer(Process callbench) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(WAIT_SECONDS);
        while (System.nanoTime() < deadline) {
            Optional<ProcessHandle> server = callbench.descendants()
                    .filter(child -> child.info().commandLine().orElse("").contains(SERVER_MAIN)).findFirst();
            if (server.isPresent()) {
                return server;
            }
            if (callbench.waitFor(100, TimeUnit.MILLISECONDS)) { // the pause between looks, cut short by an exit
                fail("the product exited with code " + callbench.exitValue());
            }
        }
        return Optional.empty();
    }
}
