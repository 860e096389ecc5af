package dev.callbench.server.launcher.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The local contact center running as a Java process of its own, so that a fault in it spares the workbench.
 * It is stopped with the workbench, also when the workbench's JVM is ended by a signal: Equinox does not stop
 * its bundles then, so a shutdown hook ends the process.
 */
final class ServerProcess {

    static final String MAIN_CLASS = "dev.callbench.server.internal.LocalContactCenterMain";
    private static final long START_TIMEOUT_SECONDS = 60;

    private final Process process;
    private final int port;
    private final Thread exitHook;
    private final long startedAt = System.nanoTime();

    private ServerProcess(Process process, int port, Thread exitHook) {
        this.process = process;
        this.port = port;
        this.exitHook = exitHook;
    }

    /** Completes when the process has ended, asked to or not. */
    CompletableFuture<Process> onExit() {
        return process.onExit();
    }

    int exitValue() {
        return process.exitValue();
    }

    /** A process that ended by itself needs no ending when the workbench stops. */
    void forget() {
        removeHook(exitHook);
    }

    Duration uptime() {
        return Duration.ofNanos(System.nanoTime() - startedAt);
    }

    /** Starts the server on a free loopback port and waits until it answers. */
    static ServerProcess start(String classPath, Path configFile, Path workDirectory)
            throws IOException, InterruptedException, TimeoutException {
        Path portFile = workDirectory.resolve("port");
        Files.deleteIfExists(portFile);
        List<String> command = List.of(javaOfThisProcess(), "-Xmx256m", "-cp", classPath, MAIN_CLASS,
                "--config", configFile.toString(), "--port", "0", "--port-file", portFile.toString(),
                "--stop-with", Long.toString(ProcessHandle.current().pid()));
        Process process = new ProcessBuilder(command).directory(workDirectory.toFile()).redirectErrorStream(true)
                .redirectOutput(workDirectory.resolve("local-contact-center.log").toFile()).start();
        Thread exitHook = new Thread(process::destroy, "callbench-local-contact-center-exit");
        Runtime.getRuntime().addShutdownHook(exitHook);
        try {
            return new ServerProcess(process, awaitPort(process, portFile), exitHook);
        } catch (IOException | TimeoutException | InterruptedException e) {
            process.destroyForcibly();
            removeHook(exitHook);
            throw e;
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    void stop() throws InterruptedException {
        removeHook(exitHook);
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }

    private static void removeHook(Thread exitHook) {
        try {
            Runtime.getRuntime().removeShutdownHook(exitHook);
        } catch (IllegalStateException shuttingDown) {
            // the JVM is already exiting: the hook ends the process
        }
    }

    /** The server writes its port to the file once it answers; until then it may also fail and exit. */
    private static int awaitPort(Process process, Path portFile)
            throws IOException, InterruptedException, TimeoutException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_TIMEOUT_SECONDS);
        while (!Files.exists(portFile)) {
            if (process.waitFor(50, TimeUnit.MILLISECONDS)) {
                throw new IOException("the local contact center exited with code " + process.exitValue());
            }
            if (System.nanoTime() > deadline) {
                throw new TimeoutException("the local contact center did not start within "
                        + START_TIMEOUT_SECONDS + " s");
            }
        }
        return Integer.parseInt(Files.readString(portFile, StandardCharsets.UTF_8).trim());
    }

    private static String javaOfThisProcess() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
