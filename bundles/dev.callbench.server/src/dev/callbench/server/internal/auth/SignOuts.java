package dev.callbench.server.internal.auth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

import dev.callbench.server.internal.Messages;
import dev.callbench.server.internal.state.StateFile;

/**
 * When each login last signed out: every token of that login issued until then is refused. With a state folder the
 * record is a file there, written whole through a new file and a rename at each sign-out, so that a restart (with the
 * same token secret) forgets none. It holds one entry a login, and an entry is dropped once every token it could
 * refuse has expired (the longest lifetime after the sign-out), so it never grows past the logins in use.
 */
public final class SignOuts {

    static final String FILE_NAME = "sign-outs.json";
    private static final Gson GSON = new Gson();

    private final StateFile file;
    private final Duration longestLifetime;
    private final Map<String, Instant> signedOutAt = new TreeMap<>();

    private SignOuts(StateFile file, Duration longestLifetime) {
        this.file = file;
        this.longestLifetime = longestLifetime;
    }

    /** Sign-outs kept in memory only: right when every token dies with the run (a random secret each run). */
    public static SignOuts inMemory() {
        return new SignOuts(null, Duration.ZERO);
    }

    /** Sign-outs kept in the folder (made if missing, owner only), with those of earlier runs read back. */
    public static SignOuts keptIn(Path folder, Duration longestLifetime) throws IOException {
        SignOuts signOuts = new SignOuts(StateFile.in(folder, FILE_NAME), longestLifetime);
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
        Optional<String> text = file.read();
        if (text.isEmpty()) {
            return;
        }
        try {
            Map<String, Long> read = GSON.fromJson(text.get(), new TypeToken<Map<String, Long>>() { }.getType());
            if (read != null) {
                read.forEach((login, millis) -> signedOutAt.put(login, Instant.ofEpochMilli(millis)));
            }
        } catch (JsonParseException | NullPointerException broken) {
            throw new IOException(Messages.format("state.unreadable", file.path(), broken.getMessage()), broken);
        }
    }

    private void save() {
        Map<String, Long> written = new TreeMap<>();
        signedOutAt.forEach((login, when) -> written.put(login, when.toEpochMilli()));
        try {
            file.write(GSON.toJson(written));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
