package dev.callbench.cti.tests;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/**
 * The unmodified amazon-connect-streams library from npm, run by Node ({@code streams/streams-agent.js}),
 * working one call as an agent. Installs the package with {@code npm ci} when it is not there yet; fails
 * with a clear message when Node or npm are missing.
 */
final class StreamsAgent implements AutoCloseable {

    private static final Duration INSTALL_LIMIT = Duration.ofMinutes(5);
    private static final int NODE_MAJOR = 20;

    private final Process node;
    private final BlockingQueue<JsonObject> lines = new LinkedBlockingQueue<>();
    private final List<JsonObject> events = new ArrayList<>();

    private StreamsAgent(Process node) {
        this.node = node;
        Thread.ofPlatform().daemon().name("streams-agent-output").start(this::readOutput);
    }

    static StreamsAgent start(String origin, String login, String password) throws Exception {
        return start(origin, login, password, "call");
    }

    /** Starts the agent on one of the scenarios of {@code streams-agent.js}: call, reject, next-state, websocket. */
    static StreamsAgent start(String origin, String login, String password, String scenario) throws Exception {
        return start(origin, login, password, scenario, null);
    }

    /**
     * As {@link #start(String, String, String, String)}, for a contact center that speaks HTTPS with a certificate
     * Node trusts only through {@code trustedCertificate} (a PEM file, given to Node as NODE_EXTRA_CA_CERTS).
     */
    static StreamsAgent start(String origin, String login, String password, String scenario, Path trustedCertificate)
            throws Exception {
        Path dir = directory();
        String node = nodeCommand();
        installIfNeeded(dir);
        ProcessBuilder command = new ProcessBuilder(node, "streams-agent.js", origin, login, password, scenario)
                .directory(dir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD);
        if (trustedCertificate != null) {
            command.environment().put("NODE_EXTRA_CA_CERTS", trustedCertificate.toString());
        }
        return new StreamsAgent(command.start());
    }

    /** Waits for the next line of the given kind, keeping every event line seen on the way. */
    JsonObject await(String kind, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            JsonObject line = lines.poll(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            if (line == null) {
                throw new AssertionError("Streams did not report '" + kind + "' within " + limit + "; events: "
                        + events);
            }
            String got = line.get("kind").getAsString();
            if (got.equals("event")) {
                events.add(line);
            } else if (got.equals(kind)) {
                return line;
            } else if (!got.equals("ready")) {
                throw new AssertionError("Streams reported " + line + " while waiting for '" + kind + "'");
            }
        }
    }

    /** Writes a command line to the agent's stdin (the reject scenario waits for "clear"). */
    void tell(String line) throws IOException {
        node.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
        node.getOutputStream().flush();
    }

    List<JsonObject> events() {
        return List.copyOf(events);
    }

    /** Stops the Node process this agent started, by its own pid, and waits until it is gone. */
    @Override
    public void close() throws InterruptedException {
        node.destroy();
        if (!node.waitFor(10, TimeUnit.SECONDS)) {
            node.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private void readOutput() {
        try (BufferedReader reader = new BufferedReader(
                new InputStreamReader(node.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.startsWith("{")) {
                    lines.add(JsonParser.parseString(line).getAsJsonObject());
                }
            }
        } catch (IOException | RuntimeException e) {
            JsonObject broken = new JsonObject();
            broken.addProperty("kind", "unreadable-output");
            broken.addProperty("message", String.valueOf(e.getMessage()));
            lines.add(broken);
        }
    }

    private static Path directory() {
        String configured = System.getProperty("callbench.streams.dir");
        Path dir = Path.of(configured != null ? configured : "streams").toAbsolutePath();
        if (!Files.isRegularFile(dir.resolve("streams-agent.js"))) {
            throw new AssertionError("The Streams harness is not at " + dir
                    + " (set the system property callbench.streams.dir)");
        }
        return dir;
    }

    private static void installIfNeeded(Path dir) throws Exception {
        if (Files.isDirectory(dir.resolve("node_modules/amazon-connect-streams"))
                && Files.isDirectory(dir.resolve("node_modules/jsdom"))) {
            return;
        }
        Path log = Files.createTempFile("npm-ci", ".log");
        try {
            Process npm = new ProcessBuilder(tool("npm"), "ci", "--no-audit", "--no-fund").directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            if (!npm.waitFor(INSTALL_LIMIT.toSeconds(), TimeUnit.SECONDS) || npm.exitValue() != 0) {
                npm.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
                throw new AssertionError("'npm ci' in " + dir + " failed: the Streams package could not be installed. "
                        + "npm said: " + tail(Files.readString(log)));
            }
        } finally {
            Files.delete(log);
        }
    }

    private static String tail(String text) {
        return text.length() <= 2000 ? text : "..." + text.substring(text.length() - 2000);
    }

    /** Node, when it is new enough for the Streams library's dependencies (they declare Node.js 20 or newer). */
    private static String nodeCommand() throws IOException, InterruptedException {
        String node = tool("node");
        Process version = new ProcessBuilder(node, "-p", "process.versions.node.split('.')[0]").start();
        String major = new String(version.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!version.waitFor(30, TimeUnit.SECONDS) || !major.matches("\\d+") || Integer.parseInt(major) < NODE_MAJOR) {
            throw new AssertionError("The Streams library needs Node.js " + NODE_MAJOR + " or newer, and " + node
                    + " is Node.js " + major + ": install a newer Node.js");
        }
        return node;
    }

    private static String tool(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new AssertionError("'" + name + "' is not installed (needed to run the real Streams library); "
                + "install Node.js and npm (Debian: apt-get install nodejs npm)");
    }
}
