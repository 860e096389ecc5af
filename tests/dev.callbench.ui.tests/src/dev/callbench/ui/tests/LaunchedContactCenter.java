package dev.callbench.ui.tests;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.callbench.cti.connect.CtiSettings;
import dev.callbench.cti.connect.CtiTimings;

/**
 * The local contact center the workbench started as a child process of this JVM (dev.callbench.server.launcher),
 * found by its command line, and the sign-in of the agent the launcher signed in: so that a test class that signs a
 * contact center of its own in can give the workbench back its own sign-in when it is done.
 */
final class LaunchedContactCenter {

    private static final String MAIN_CLASS = "dev.callbench.server.internal.LocalContactCenterMain";

    private LaunchedContactCenter() {
    }

    /** The server's process, while one runs. */
    static Optional<ProcessHandle> process() {
        return all().findFirst();
    }

    /** Every local contact center process of this JVM's that is alive: one at most, if all is well. */
    static java.util.stream.Stream<ProcessHandle> all() {
        return ProcessHandle.current().children().filter(ProcessHandle::isAlive)
                .filter(child -> child.info().arguments().map(List::of).orElse(List.of()).contains(MAIN_CLASS));
    }

    /** The launcher's sign-in: its server's CTI endpoint and the first agent of its configuration. */
    static Optional<CtiSettings> signIn() throws IOException {
        Optional<List<String>> arguments = process()
                .map(child -> child.info().arguments().map(List::of).orElse(List.of()));
        if (arguments.isEmpty()) {
            return Optional.empty();
        }
        List<String> args = arguments.get();
        Path portFile = Path.of(args.get(args.indexOf("--port-file") + 1));
        Path config = Path.of(args.get(args.indexOf("--config") + 1));
        if (!Files.exists(portFile)) {
            return Optional.empty();
        }
        int port = Integer.parseInt(Files.readString(portFile, StandardCharsets.UTF_8).trim());
        try (Reader reader = Files.newBufferedReader(config, StandardCharsets.UTF_8)) {
            JsonObject agent = JsonParser.parseReader(reader).getAsJsonObject().getAsJsonArray("agents").get(0)
                    .getAsJsonObject();
            return Optional.of(new CtiSettings(URI.create("http://127.0.0.1:" + port + "/api"),
                    agent.get("login").getAsString(), agent.get("password").getAsString(), CtiTimings.standard()));
        }
    }
}
