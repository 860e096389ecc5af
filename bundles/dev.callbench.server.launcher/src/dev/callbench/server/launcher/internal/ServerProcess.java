package dev.callbench.server.launcher.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** The local contact center running as a Java process of its own, so that a fault in it spares the workbench. */
final class ServerProcess {

    static final String MAIN_CLASS = "dev.callbench.server.internal.LocalContactCenterMain";
    private static final long START_TIMEOUT_SECONDS = 60;

    private final Process process;
    private final int port;
    /** Ends the server with the workbench even when the workbench is ended by a signal rather than closed. */
    private final Thread stopWithThisProcess;

    private ServerProcess(Process process, int port) {
        this.process = process;
        this.port = port;
        this.stopWithThisProcess = new Thread(process::destroy, "stop the local contact center");
        Runtime.getRuntime().addShutdownHook(stopWithThisProcess);
    }

    /** Starts the server on a free loopback port and waits until it answers. */
    static ServerProcess start(String classPath, Path configFile, Path workDirectory)
            throws IOException, InterruptedException, TimeoutException {
        Path portFile = workDirectory.resolve("port");
        Files.deleteIfExists(portFile);
        List<String> command = List.of(javaOfThisProcess(), "-Xmx256m", "-cp", classPath, MAIN_CLASS,
                "--config", configFile.toString(), "--port", "0", "--port-file", portFile.toString());
        Process process = new ProcessBuilder(command).directory(workDirectory.toFile()).redirectErrorStream(true)
                .redirectOutput(workDirectory.resolve("local-contact-center.log").toFile()).start();
        try {
            return new ServerProcess(process, awaitPort(process, portFile));
        } catch (IOException | TimeoutException | InterruptedException e) {
            process.destroyForcibly();
            throw e;
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    boolean isAlive() {
        return process.isAlive();
    }

    void stop() throws InterruptedException {
        try {
            Runtime.getRuntime().removeShutdownHook(stopWithThisProcess);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or about to: it ends the process too
        }
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
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
