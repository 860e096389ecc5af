package dev.callbench.softphone.internal.engine;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a media engine process is started: {@code <java> <options> -cp <class path> <main class> <arguments>}, in this
 * process's environment with {@code environment} added. The environment is how a sound server is named to the engine
 * ({@code PULSE_SERVER}, {@code PULSE_SINK}...): libpulse reads it when the engine opens its audio devices, and Java
 * cannot set it for itself.
 */
public record EngineCommand(String java, List<String> options, String classPath, String mainClass, List<String> arguments,
        Map<String, String> environment) {

    public static final String MEDIA_ENGINE_MAIN = "dev.callbench.softphone.engine.internal.MediaEngineMain";

    /**
     * A small JVM: the engine's own Java work is little (the media is native), so C1 alone starts it sooner and
     * costs nothing that matters later. webrtc-java loads its native library, which Java 22+ allows only when asked.
     */
    static final List<String> ENGINE_OPTIONS = List.of("-Xms8m", "-Xmx128m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:-UsePerfData", "--enable-native-access=ALL-UNNAMED",
            "-Dstderr.encoding=UTF-8", "-Djava.util.logging.SimpleFormatter.format=%4$s: %5$s%6$s%n");

    public EngineCommand {
        options = List.copyOf(options);
        arguments = List.copyOf(arguments);
        environment = Map.copyOf(environment);
    }

    public EngineCommand(String java, List<String> options, String classPath, String mainClass, List<String> arguments) {
        this(java, options, classPath, mainClass, arguments, Map.of());
    }

    /** The media engine, which ends with this process. */
    public static EngineCommand mediaEngine(String classPath) {
        return of(classPath, MEDIA_ENGINE_MAIN).stoppingWith(ProcessHandle.current().pid());
    }

    /** Another main class on the engine's JVM options, for tests. */
    public static EngineCommand of(String classPath, String mainClass, String... arguments) {
        return new EngineCommand(javaOfThisProcess(), ENGINE_OPTIONS, classPath, mainClass, List.of(arguments));
    }

    /** The same command, ending when the process {@code pid} ends ({@code --stop-with <pid>}). */
    public EngineCommand stoppingWith(long pid) {
        List<String> withParent = new ArrayList<>(arguments);
        withParent.add("--stop-with");
        withParent.add(Long.toString(pid));
        return new EngineCommand(java, options, classPath, mainClass, withParent, environment);
    }

    /** The same command, with {@code variables} added to (or replacing those of) the inherited environment. */
    public EngineCommand withEnvironment(Map<String, String> variables) {
        Map<String, String> all = new LinkedHashMap<>(environment);
        all.putAll(variables);
        return new EngineCommand(java, options, classPath, mainClass, arguments, all);
    }

    public List<String> commandLine() {
        List<String> line = new ArrayList<>();
        line.add(java);
        line.addAll(options);
        line.add("-cp");
        line.add(classPath);
        line.add(mainClass);
        line.addAll(arguments);
        return line;
    }

    private static String javaOfThisProcess() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }
}
