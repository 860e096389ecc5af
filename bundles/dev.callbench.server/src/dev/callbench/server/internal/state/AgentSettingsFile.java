package dev.callbench.server.internal.state;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.reflect.TypeToken;

import dev.callbench.server.internal.Messages;
import dev.callbench.server.internal.center.AgentSettings;

/**
 * What each agent last chose in the CCP's settings (UpdateAgentConfiguration). Connect keeps an agent's configuration
 * for good; with a state folder, so does the local contact center, in {@value #FILE_NAME}, one entry a login.
 */
public final class AgentSettingsFile {

    static final String FILE_NAME = "agent-settings.json";
    private static final Gson GSON = new Gson();

    private final StateFile file;
    private final Map<String, AgentSettings> settings = new TreeMap<>();

    private AgentSettingsFile(StateFile file) {
        this.file = file;
    }

    /** Settings that last the run only. */
    public static AgentSettingsFile inMemory() {
        return new AgentSettingsFile(null);
    }

    /** Settings kept in the folder, with those of earlier runs read back. */
    public static AgentSettingsFile keptIn(Path folder) throws IOException {
        AgentSettingsFile kept = new AgentSettingsFile(StateFile.in(folder, FILE_NAME));
        kept.load();
        return kept;
    }

    /** The settings kept so far, by login. */
    public synchronized Map<String, AgentSettings> all() {
        return Map.copyOf(settings);
    }

    public synchronized void saved(String login, AgentSettings chosen) {
        settings.put(login, chosen);
        if (file != null) {
            try {
                file.write(GSON.toJson(settings));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private void load() throws IOException {
        Optional<String> text = file.read();
        if (text.isEmpty()) {
            return;
        }
        try {
            Map<String, AgentSettings> read = GSON.fromJson(text.get(),
                    new TypeToken<Map<String, AgentSettings>>() { }.getType());
            if (read != null) {
                settings.putAll(read); // Gson builds records through their canonical constructor, which checks them
            }
        } catch (JsonParseException | NullPointerException broken) {
            throw new IOException(Messages.format("state.settingsUnreadable", file.path(), broken.getMessage()), broken);
        }
    }
}
