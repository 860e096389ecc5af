package dev.callbench.server.internal.turn;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/** Finds a program as a shell would: a name with a folder in it as it is, else in the folders of the PATH. */
final class Programs {

    private Programs() {
    }

    static Optional<Path> find(String program) {
        if (program.contains("/") || program.contains(File.separator)) {
            return executable(program);
        }
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isEmpty()) {
                Optional<Path> found = executable(folder + File.separator + program);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<Path> executable(String name) {
        try {
            Path file = Path.of(name).toAbsolutePath();
            return Files.isRegularFile(file) && Files.isExecutable(file) ? Optional.of(file) : Optional.empty();
        } catch (InvalidPathException e) {
            return Optional.empty();
        }
    }
}
