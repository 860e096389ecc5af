package dev.callbench.tests.support;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;


/**
 * A PulseAudio daemon of the test's own, as a child process in the foreground ({@code -n -F script --daemonize=no
 * --exit-idle-time=-1}), with everything it writes under one folder and only null sinks: nothing of it can meet
 * another test's or the desktop's. Stopped by its own pid (SIGTERM, then SIGKILL).
 */
public final class PulseAudioServer implements AutoCloseable {

    public static final Duration START = Duration.ofSeconds(15);
    private static final Duration STOP = Duration.ofSeconds(5);

    private final Path folder;
    private final Process daemon;

    private PulseAudioServer(Path folder, Process daemon) {
        this.folder = folder;
        this.daemon = daemon;
    }

    /** Starts a daemon in {@code folder} with one null sink (48 kHz stereo) for each name, and waits until they are listed. */
    public static PulseAudioServer start(Path folder, String... sinks) throws IOException {
        List<String> modules = new ArrayList<>();
        for (String sink : sinks) {
            modules.add(nullSink(sink, describe(sink), 2));
        }
        modules.add("set-default-sink " + sinks[sinks.length - 1]);
        return start(folder, modules, List.of(sinks), List.of());
    }

    /** A script line: a null sink (48 kHz), clocked, so that its monitor gives silence while nothing plays. */
    public static String nullSink(String name, String description, int channels) {
        return "load-module module-null-sink sink_name=" + name + " rate=48000 channels=" + channels
                + " sink_properties=device.description=" + description;
    }

    /**
     * A script line: a mono source {@code name} that records what plays into {@code sink}. A recording device of its
     * own, because libwebrtc's PulseAudio module leaves monitors out of the devices it records from.
     */
    public static String remappedMonitor(String name, String description, String sink) {
        return "load-module module-remap-source source_name=" + name + " master=" + sink
                + ".monitor channels=1 source_properties=device.description=" + description;
    }

    /**
     * Starts a daemon in {@code folder} that runs the script lines {@code modules} (after its socket), and waits
     * until it lists {@code sinks} and {@code sources}.
     */
    public static PulseAudioServer start(Path folder, List<String> modules, List<String> sinks, List<String> sources)
            throws IOException {
        Path run = folder.resolve("run");
        Files.createDirectories(run.resolve("pulse"));
        Files.setPosixFilePermissions(run, PosixFilePermissions.fromString("rwx------"));
        Files.createDirectories(folder.resolve("state"));
        Files.createDirectories(folder.resolve("home"));
        StringBuilder script = new StringBuilder(".fail\nload-module module-native-protocol-unix socket=")
                .append(run.resolve("pulse/native")).append(" auth-anonymous=1\n");
        modules.forEach(line -> script.append(line).append('\n'));
        Files.writeString(folder.resolve("devices.pa"), script);
        Files.writeString(folder.resolve("daemon.conf"), "default-sample-rate = 48000\nexit-idle-time = -1\n");
        ProcessBuilder builder = new ProcessBuilder("pulseaudio", "-n", "-F", folder.resolve("devices.pa").toString(),
                "--daemonize=no", "--exit-idle-time=-1", "--use-pid-file=no", "--realtime=no", "--high-priority=no",
                "--log-target=stderr", "--log-level=info").redirectErrorStream(true)
                .redirectOutput(folder.resolve("pulse.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.remove("PULSE_SERVER");
        environment.put("XDG_RUNTIME_DIR", run.toString());
        environment.put("PULSE_RUNTIME_PATH", run.resolve("pulse").toString());
        environment.put("PULSE_STATE_PATH", folder.resolve("state").toString());
        environment.put("PULSE_COOKIE", folder.resolve("cookie").toString());
        environment.put("PULSE_CONFIG", folder.resolve("daemon.conf").toString());
        environment.put("HOME", folder.resolve("home").toString());
        PulseAudioServer server = new PulseAudioServer(folder, builder.start());
        try {
            Wait.until("PulseAudio lists the sinks " + sinks + " and sources " + sources,
                    () -> server.sinks().containsAll(sinks) && server.sources().containsAll(sources), START,
                    server::log);
        } catch (AssertionError | RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** What the sink is called for people: its name with a capital. */
    public static String describe(String sink) {
        return Character.toUpperCase(sink.charAt(0)) + sink.substring(1);
    }

    /** Where clients find it, as {@code PULSE_SERVER} and {@code --server} take it. */
    public String address() {
        return "unix:" + folder.resolve("run/pulse/native");
    }

    public long pid() {
        return daemon.pid();
    }

    /** The names of its sinks; empty while it does not answer. */
    public List<String> sinks() {
        List<String> names = new ArrayList<>();
        for (String line : pactl("list", "short", "sinks")) {
            String[] fields = line.split("\t");
            if (fields.length > 1) {
                names.add(fields[1]);
            }
        }
        return names;
    }

    /** The names of its sources (monitors included); empty while it does not answer. */
    public List<String> sources() {
        List<String> names = new ArrayList<>();
        for (String line : pactl("list", "short", "sources")) {
            String[] fields = line.split("\t");
            if (fields.length > 1) {
                names.add(fields[1]);
            }
        }
        return names;
    }

    /**
     * What a client process needs in its environment to use this server, and only this one: its socket, no
     * cookie, and 60 ms buffers (the daemon then costs about a fifth of a core less, notes section 5).
     */
    public Map<String, String> clientEnvironment() {
        return Map.of("PULSE_SERVER", address(), "PULSE_COOKIE", folder.resolve("cookie").toString(),
                "PULSE_LATENCY_MSEC", "60");
    }

    /** Its sink inputs, one line each: the streams that play now. */
    public List<String> sinkInputs() {
        return pactl("list", "short", "sink-inputs");
    }

    /** The lines {@code pactl} prints for this server; empty when it fails. */
    public List<String> pactl(String... arguments) {
        List<String> command = new ArrayList<>(List.of("pactl", "--server=" + address()));
        command.addAll(List.of(arguments));
        try {
            Path output = Files.createTempFile(folder, "pactl", ".txt");
            try {
                Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile())
                        .start();
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                    process.waitFor(5, TimeUnit.SECONDS);
                    return List.of();
                }
                return process.exitValue() == 0 ? Files.readAllLines(output, StandardCharsets.UTF_8) : List.of();
            } finally {
                Files.deleteIfExists(output);
            }
        } catch (IOException e) {
            return List.of();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return List.of();
        }
    }

    /** The daemon's log so far, for a failure's message. */
    public String log() {
        try {
            return Files.readString(folder.resolve("pulse.log"));
        } catch (IOException e) {
            return "(no log: " + e + ")";
        }
    }

    @Override
    public void close() {
        stop(daemon);
    }

    /** SIGTERM to the process by its own handle, SIGKILL if it is still there after {@link #STOP}. */
    public static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(STOP.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(STOP.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }
}
