package dev.callbench.product.tests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** A copy of the built Linux product in a folder of its own, which tests may change and start. */
final class InstalledProduct {

    private final Path home;

    private InstalledProduct(Path home) {
        this.home = home;
    }

    static Path builtProducts() {
        return Path.of(System.getProperty("callbench.products"));
    }

    static InstalledProduct copyOfLinuxProduct(Path into) throws IOException {
        Path built = builtProducts().resolve("dev.callbench.product/linux/gtk/x86_64/callbench");
        copyTree(built, into);
        return new InstalledProduct(into);
    }

    Path home() {
        return home;
    }

    Path launcherJar() throws IOException {
        try (Stream<Path> plugins = Files.list(home.resolve("plugins"))) {
            return plugins.filter(p -> p.getFileName().toString().startsWith("org.eclipse.equinox.launcher_"))
                    .findFirst().orElseThrow(() -> new IOException("no launcher jar in " + home));
        }
    }

    boolean hasPlugin(String symbolicName) throws IOException {
        try (Stream<Path> plugins = Files.list(home.resolve("plugins"))) {
            return plugins.anyMatch(p -> p.getFileName().toString().startsWith(symbolicName + "_"));
        }
    }

    /** Runs one Equinox application of this installation headless, the way an administrator does. */
    Process runApplication(String application, String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(currentJava(), "-jar", launcherJar().toString(),
                "-nosplash", "-application", application));
        command.addAll(List.of(arguments));
        return new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true).start();
    }

    /** Starts the product through its start script, as an agent does. */
    Process start(String... arguments) throws IOException {
        return startCommand(arguments).start();
    }

    /** The command that starts the product through its start script, for a test to change before it starts it. */
    ProcessBuilder startCommand(String... arguments) {
        List<String> command = new ArrayList<>(List.of(home.resolve("callbench").toString()));
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
        // the agent's home folder, which holds their workspace: this installation's own, not the user's who runs tests
        builder.environment().put("CALLBENCH_VMARGS", "-Duser.home=" + userHome());
        return builder;
    }

    /** The home folder the product is started with. */
    Path userHome() {
        return home.resolve("home");
    }

    static void stop(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
    }

    private static String currentJava() {
        return ProcessHandle.current().info().command().orElse("java");
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            files.forEach(source -> {
                Path target = to.resolve(from.relativize(source).toString());
                try {
                    if (Files.isDirectory(source)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
