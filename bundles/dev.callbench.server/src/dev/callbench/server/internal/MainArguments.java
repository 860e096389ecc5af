package dev.callbench.server.internal;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import dev.callbench.server.internal.LocalContactCenterMain.LaunchException;
import dev.callbench.server.internal.config.ConfigDefaults;
import dev.callbench.server.internal.config.ConfigException;
import dev.callbench.server.internal.config.ConfigLoader;
import dev.callbench.server.internal.config.ServerConfig;
import dev.callbench.server.internal.config.ServerConfig.TrafficConfig;

/** The main class's command line: --config is required, the others override the configuration file. */
record MainArguments(Path config, Integer port, String host, Path scenario, Boolean traffic, Path portFile,
        Long stopWith) {

    private static final Set<String> OPTIONS = Set.of("--config", "--port", "--host", "--scenario", "--traffic",
            "--port-file", "--stop-with");

    static MainArguments parse(String[] args) throws LaunchException {
        Map<String, String> values = new HashMap<>();
        for (int i = 0; i < args.length; i += 2) {
            if (!OPTIONS.contains(args[i]) || i + 1 >= args.length) {
                throw usage();
            }
            values.put(args[i], args[i + 1]);
        }
        if (!values.containsKey("--config")) {
            throw usage();
        }
        return new MainArguments(Path.of(values.get("--config")), port(values.get("--port")), values.get("--host"),
                path(values.get("--scenario")), traffic(values.get("--traffic")), path(values.get("--port-file")),
                pid(values.get("--stop-with")));
    }

    ServerConfig apply(ServerConfig loaded, ConfigLoader loader) throws ConfigException {
        TrafficConfig chosen = scenario == null ? loaded.traffic() : ConfigDefaults.traffic(loader.loadScenario(scenario));
        TrafficConfig switched = traffic == null ? chosen : withEnabled(chosen, traffic);
        return loader.check(loaded.withAddress(host, port).withTraffic(switched));
    }

    private static TrafficConfig withEnabled(TrafficConfig t, boolean enabled) {
        return new TrafficConfig(enabled, t.seed(), t.arrivalsPerMinute(), t.queueMix(), t.talkSeconds(),
                t.abandonProbability(), t.patienceSeconds(), t.callbackShare(), t.callers());
    }

    private static Integer port(String text) throws LaunchException {
        try {
            return text == null ? null : Integer.valueOf(text);
        } catch (NumberFormatException e) {
            throw new LaunchException(Messages.format("main.badPort", text), 2);
        }
    }

    private static Long pid(String text) throws LaunchException {
        try {
            return text == null ? null : Long.valueOf(text);
        } catch (NumberFormatException e) {
            throw usage();
        }
    }

    private static Boolean traffic(String text) throws LaunchException {
        if (text == null) {
            return null;
        }
        if (!text.equals("on") && !text.equals("off")) {
            throw usage();
        }
        return text.equals("on");
    }

    private static Path path(String text) {
        return text == null ? null : Path.of(text);
    }

    private static LaunchException usage() {
        return new LaunchException(Messages.format("main.usage"), 2);
    }
}
