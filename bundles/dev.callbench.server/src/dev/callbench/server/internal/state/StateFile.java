package dev.callbench.server.internal.state;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Optional;

/**
 * One file of the server's state folder, readable by its owner only, written whole through a new file and a rename,
 * so that a crash in the middle leaves the previous content, never half of the new.
 */
public final class StateFile {

    private final Path file;

    private StateFile(Path file) {
        this.file = file;
    }

    /** The file {@code name} in {@code folder}, which is made (owner only) if missing. */
    public static StateFile in(Path folder, String name) throws IOException {
        Files.createDirectories(folder);
        return new StateFile(folder.resolve(name));
    }

    public Path path() {
        return file;
    }

    /** What the file holds; empty when it was never written. */
    public Optional<String> read() throws IOException {
        return Files.exists(file) ? Optional.of(Files.readString(file, StandardCharsets.UTF_8)) : Optional.empty();
    }

    public void write(String text) throws IOException {
        Path partial = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".partial", ownerOnly());
        Files.writeString(partial, text, StandardCharsets.UTF_8);
        try {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException notHere) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Who signed out when, what an agent chose in the CCP: nobody else's business. */
    private static FileAttribute<?>[] ownerOnly() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) }
                : new FileAttribute<?>[0];
    }
}
