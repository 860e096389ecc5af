package dev.callbench.softphone.tests;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.FrameworkUtil;

import dev.callbench.softphone.internal.engine.EngineClassPath;
import dev.callbench.softphone.internal.engine.EngineCommand;
import dev.callbench.softphone.internal.engine.EngineProcess;
import dev.callbench.tests.support.OsgiServices;
import dev.callbench.tests.support.Wait;

/** The engine commands the tests start, and their checks on processes. */
final class Engines {

    static final Duration WAIT = Duration.ofSeconds(30);

    private Engines() {
    }

    /** The real engine, with this bundle's test operations ({@link HoldModule}). */
    static EngineCommand real() throws IOException {
        return EngineCommand.mediaEngine(EngineClassPath.of(OsgiServices.context()) + File.pathSeparator + thisBundle());
    }

    static EngineCommand misbehaving(String how) throws IOException {
        return EngineCommand.of(thisBundle(), MisbehavingEngineMain.class.getName(), how)
                .stoppingWith(ProcessHandle.current().pid());
    }

    /**
     * This bundle as a class path. In the build's test runtime it is its project folder, whose classes are in
     * {@code target/classes} and whose {@code META-INF/services} is in the folder itself.
     */
    static String thisBundle() throws IOException {
        Path location = Path.of(EngineClassPath.fileOf(FrameworkUtil.getBundle(Engines.class)));
        Path classes = location.resolve("target/classes");
        return Files.isDirectory(classes) ? classes + File.pathSeparator + location : location.toString();
    }

    static void awaitGone(long pid) {
        Wait.until("process " + pid + " has ended", () -> ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true), WAIT);
    }

    /** Stops what a test started, by its own pid, whatever became of it. */
    static void stop(EngineProcess engine) throws Exception {
        if (engine != null) {
            engine.stop(Duration.ofSeconds(2)).get(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }

    static void stop(Process process) throws InterruptedException {
        if (process != null) {
            process.destroyForcibly();
            process.waitFor(WAIT.toSeconds(), TimeUnit.SECONDS);
        }
    }
}
