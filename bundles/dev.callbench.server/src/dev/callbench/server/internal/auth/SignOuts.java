package dev.callbench.server.internal.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

import dev.callbench.server.internal.Messages;

/**
 * When each login last signed out: every token of that login issued until then is refused. With a state folder the
 * record is a file there, written whole through a new file and a rename at each sign-out, so that a restart (with the
 * same token secret) forgets none. It holds one entry a login, and an entry is dropped once every token it could
 * refuse has expired (the longest lifetime after the sign-out), so it never grows past the logins in use.
 */
public final class SignOuts {

    static final String FILE_NAME = "sign-outs.json";
    private static final Gson GSON = new Gson();

    private final Path file;
    private final Duration longestLifetime;
    private final Map<String, Instant> signedOutAt = new TreeMap<>();

    private SignOuts(Path file, Duration longestLifetime) {
        this.file = file;
        this.longestLifetime = longestLifetime;
    }

    /** Sign-outs kept in memory only: right when every token dies with the run (a random secret each run). */
    public static SignOuts inMemory() {
        return new SignOuts(null, Duration.ZERO);
    }

    /** Sign-outs kept in the folder (made if missing, owner only), with those of earlier runs read back. */
    public static SignOuts keptIn(Path folder, Duration longestLifetime) throws IOException {
        Files.createDirectories(folder);
        SignOuts signOuts = new SignOuts(folder.resolve(FILE_NAME), longestLifetime);
        signOuts.load();
        return signOuts;
    }

    synchronized Optional<Instant> of(String login) {
        return Optional.ofNullable(signedOutAt.get(login));
    }

    synchronized void signedOut(String login, Instant at) {
        signedOutAt.put(login, at);
        if (file != null) {
            signedOutAt.values().removeIf(when -> when.plus(longestLifetime).isBefore(at));
            save();
        }
    }

    private void load() throws IOException {
        if (!Files.exists(file)) {
            return;
        }
        try {
            Map<String, Long> read = GSON.fromJson(Files.readString(file, StandardCharsets.UTF_8),
                    new TypeToken<Map<String, Long>>() { }.getType());
            if (read != null) {
                read.forEach((login, millis) -> signedOutAt.put(login, Instant.ofEpochMilli(millis)));
            }
        } catch (JsonParseException | NullPointerException broken) {
            throw new IOException(Messages.format("state.unreadable", file, broken.getMessage()), broken);
        }
    }

    private void save() {
        Map<String, Long> written = new TreeMap<>();
        signedOutAt.forEach((login, when) -> written.put(login, when.toEpochMilli()));
        try {
            Path partial = Files.createTempFile(file.getParent(), FILE_NAME, ".partial", ownerOnly());
            Files.writeString(partial, GSON.toJson(written), StandardCharsets.UTF_8);
            move(partial);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void move(Path partial) throws IOException {
        try {
            Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException | FileAlreadyExistsException notHere) {
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** The record says who signed out when: nobody else's business. */
    private static FileAttribute<?>[] ownerOnly() {
        return FileSystems.getDefault().supportedFileAttributeViews().contains("posix")
                ? new FileAttribute<?>[] { PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")) }
                : new FileAttribute<?>[0];
    }
}
