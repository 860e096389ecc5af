package dev.callbench.server.launcher.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collections;
import java.util.Optional;

import org.osgi.framework.Bundle;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The local contact center's configuration as the server bundle ships it (agents, queues, a demo scenario),
 * copied where the server process can read it, and the agent the workbench signs in as.
 */
final class LocalConfiguration {

    static final String CONFIG_FILE = "local-contact-center.json";

    private final Path file;

    private LocalConfiguration(Path file) {
        this.file = file;
    }

    /** Copies every file of the server bundle's {@code config/} folder into the directory. */
    static LocalConfiguration copyFrom(Bundle server, Path directory) throws IOException {
        Files.createDirectories(directory);
        for (URL entry : Collections.list(server.findEntries("config", "*.json", false))) {
            String name = entry.getPath().substring(entry.getPath().lastIndexOf('/') + 1);
            try (InputStream in = entry.openStream()) {
                Files.copy(in, directory.resolve(name), StandardCopyOption.REPLACE_EXISTING);
            }
        }
        Path file = directory.resolve(CONFIG_FILE);
        if (!Files.exists(file)) {
            throw new IOException("the server bundle has no config/" + CONFIG_FILE);
        }
        return new LocalConfiguration(file);
    }

    Path file() {
        return file;
    }

    /** The agent with this login, or the first agent of the configuration when no login is asked for. */
    Agent agent(Optional<String> login) throws IOException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            JsonObject config = JsonParser.parseReader(reader).getAsJsonObject();
            for (JsonElement each : config.getAsJsonArray("agents")) {
                JsonObject agent = each.getAsJsonObject();
                String agentLogin = agent.get("login").getAsString();
                if (login.isEmpty() || login.get().equals(agentLogin)) {
                    return new Agent(agentLogin, agent.get("password").getAsString());
                }
            }
        }
        throw new IOException("no agent " + login.orElse("at all") + " in " + file);
    }

    /** Who signs in; the password stays out of {@link #toString()}. */
    record Agent(String login, String password) {
        @Override
        public String toString() {
            return "Agent[login=" + login + "]";
        }
    }
}
