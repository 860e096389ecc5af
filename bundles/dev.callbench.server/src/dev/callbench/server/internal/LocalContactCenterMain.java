package dev.callbench.server.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.CountDownLatch;

import dev.callbench.server.internal.config.ConfigException;
import dev.callbench.server.internal.config.ConfigLoader;
import dev.callbench.server.internal.config.ServerConfig;

/**
 * Runs the local contact center on its own, as a plain Java process:
 * {@code java -cp <server bundle and its dependencies> dev.callbench.server.internal.LocalContactCenterMain
 * --config <file> [--port <port>] [--host <address>] [--scenario <file>] [--traffic on|off] [--port-file <file>] [--stop-with <pid>]}.
 * Stops on SIGTERM / Ctrl-C; exits with 2 on bad arguments or configuration, 1 when it cannot start.
 */
public final class LocalContactCenterMain {

    private LocalContactCenterMain() {
    }

    public static void main(String[] args) throws InterruptedException {
        LocalContactCenter running;
        MainArguments arguments;
        try {
            arguments = MainArguments.parse(args);
            running = launch(arguments);
        } catch (LaunchException e) {
            System.err.println(e.getMessage());
            System.exit(e.exitCode);
            return;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            running.close();
            System.out.println(Messages.format("main.stopped"));
            stopped.countDown();
        }, "callbench-shutdown"));
        if (arguments.stopWith() != null) {
            stopWith(arguments.stopWith());
        }
        stopped.await();
    }

    /** Ends this process when that one ends, however it ends: the workbench that started it may be killed. */
    private static void stopWith(long pid) {
        ProcessHandle.of(pid).ifPresentOrElse(parent -> parent.onExit().thenRun(() -> System.exit(0)),
                () -> System.exit(0));
    }

    /** Starts the server as the command line says; the caller closes it. */
    public static LocalContactCenter launch(String[] args) throws LaunchException {
        return launch(MainArguments.parse(args));
    }

    private static LocalContactCenter launch(MainArguments arguments) throws LaunchException {
        ServerConfig config;
        try {
            config = arguments.apply(new ConfigLoader().load(arguments.config()), new ConfigLoader());
        } catch (ConfigException e) {
            throw new LaunchException(e.getMessage(), 2);
        }
        LocalContactCenter running;
        try {
            running = LocalContactCenter.start(config);
        } catch (Exception e) {
            throw new LaunchException(Messages.format("main.failed", e.getMessage()), 1);
        }
        try {
            writePortFile(arguments.portFile(), running.port());
        } catch (IOException e) {
            running.close();
            throw new LaunchException(Messages.format("main.failed", e.getMessage()), 1);
        }
        System.out.println(Messages.format("main.listening", running.baseUri() + "/api"));
        return running;
    }

    private static void writePortFile(Path portFile, int port) throws IOException {
        if (portFile != null) {
            // a new file of a name nobody could guess, so that no link planted beside the port file is followed
            Path folder = portFile.toAbsolutePath().getParent();
            Path partial = Files.createTempFile(folder, portFile.getFileName().toString(), ".partial");
            Files.writeString(partial, Integer.toString(port), StandardCharsets.UTF_8);
            Files.move(partial, portFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        }
    }

    /** Why the server did not start, and the exit code that says so. */
    public static final class LaunchException extends Exception {

        private static final long serialVersionUID = 1L;
        private final int exitCode;

        LaunchException(String message, int exitCode) {
            super(message);
            this.exitCode = exitCode;
        }

        public int exitCode() {
            return exitCode;
        }
    }
}
