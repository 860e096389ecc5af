package dev.callbench.server.internal.config;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;

import dev.callbench.server.internal.Messages;
import dev.callbench.server.internal.config.ServerConfig.TrafficConfig;

/** Reads the server's JSON configuration file (and the traffic scenario file it may name) and checks it. */
public final class ConfigLoader {

    private final Gson gson = new Gson();

    public ServerConfig load(Path file) throws ConfigException {
        ServerConfig raw = read(file, ServerConfig.class);
        if (raw.scenarioFile() != null && raw.traffic() == null) {
            raw = raw.withTraffic(loadScenario(resolve(file, raw.scenarioFile())));
        }
        if (raw.stateFolder() != null) {
            raw = raw.withStateFolder(resolve(file, raw.stateFolder()).toString());
        }
        return check(raw);
    }

    public ServerConfig parse(String json) throws ConfigException {
        return check(read(new StringReader(json), ServerConfig.class, "<inline>"));
    }

    public TrafficConfig loadScenario(Path file) throws ConfigException {
        return read(file, TrafficConfig.class);
    }

    private static Path resolve(Path configFile, String name) {
        Path parent = configFile.toAbsolutePath().getParent();
        return parent == null ? Path.of(name) : parent.resolve(name);
    }

    /** Fills in the defaults and checks the result; also for a configuration changed after loading. */
    public ServerConfig check(ServerConfig raw) throws ConfigException {
        ServerConfig config = ConfigDefaults.apply(raw);
        new ConfigChecker(config).check();
        return config;
    }

    private <T> T read(Path file, Class<T> type) throws ConfigException {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(reader, type, file.toString());
        } catch (IOException e) {
            throw new ConfigException(Messages.format("config.unreadable", file, e.getMessage()), e);
        }
    }

    private <T> T read(Reader reader, Class<T> type, String source) throws ConfigException {
        try {
            JsonReader json = new JsonReader(reader);
            json.setStrictness(Strictness.STRICT);
            T value = gson.fromJson(json, type);
            if (value == null) {
                throw new ConfigException(Messages.format("config.empty", source));
            }
            return value;
        } catch (JsonParseException | IllegalStateException e) {
            throw new ConfigException(Messages.format("config.malformed", source, e.getMessage()), e);
        }
    }
}
