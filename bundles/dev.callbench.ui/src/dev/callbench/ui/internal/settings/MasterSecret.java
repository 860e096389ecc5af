package dev.callbench.ui.internal.settings;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The secret that secure storage derives its encryption key from, in place of a keyring or a password the agent
 * would type at every start: 32 random bytes, made on first use, in a file that only the user may read and write
 * (mode 600, in a folder of mode 700, on POSIX file systems; elsewhere the folder's own access rights apply).
 */
final class MasterSecret {

    private static final int BYTES = 32;
    private static final boolean POSIX = FileSystems.getDefault().supportedFileAttributeViews().contains("posix");

    private MasterSecret() {
    }

    /** The secret kept in {@code file}, made there first if there is none yet. */
    static char[] in(Path file) throws IOException {
        if (!Files.exists(file)) {
            make(file);
        }
        return Files.readString(file, StandardCharsets.US_ASCII).trim().toCharArray();
    }

    private static void make(Path file) throws IOException {
        Files.createDirectories(file.getParent(), ownerOnly("rwx------"));
        byte[] secret = new byte[BYTES];
        new SecureRandom().nextBytes(secret);
        try {
            Files.createFile(file, ownerOnly("rw-------")); // created private, never readable by others meanwhile
        } catch (FileAlreadyExistsException madeMeanwhile) {
            return;
        }
        Files.writeString(file, Base64.getEncoder().encodeToString(secret), StandardCharsets.US_ASCII);
    }

    private static FileAttribute<?>[] ownerOnly(String permissions) {
        return POSIX ? new FileAttribute<?>[] {
                PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(permissions)) }
                : new FileAttribute<?>[0];
    }
}
