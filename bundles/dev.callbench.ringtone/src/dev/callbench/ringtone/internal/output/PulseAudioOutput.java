package dev.callbench.ringtone.internal.output;

import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.callbench.ringtone.internal.output.AudioUnavailableException.Kind;

/**
 * Plays through PulseAudio's own command-line client: one {@code pacat} child per ring, writing raw PCM into its
 * standard input, on the sink chosen by name; {@code pactl} lists the sinks. This is what reaches a chosen device on a
 * PulseAudio desktop (and on PipeWire's PulseAudio service): Java Sound cannot, since on Linux it only sees ALSA's
 * {@code default} device (PulseAudio's default sink, through ALSA's PulseAudio plugin) and the sound cards PulseAudio
 * already holds. Debian's {@code pulseaudio} package depends on {@code pulseaudio-utils}, which brings both tools.
 * <p>
 * {@link Playback#stopNow()} ends the child (SIGTERM): PulseAudio drops its stream and whatever it still held, at once.
 */
public final class PulseAudioOutput implements AudioOutput {

    private static final Logger LOG = LoggerFactory.getLogger(PulseAudioOutput.class);
    /**
     * The buffer pacat asks the server for. Stopping drops it whole (the stream goes with pacat), so it costs no stop
     * latency; smaller, a busy machine let pacat miss its turn and the ring had gaps (40 ms: 60 ms gaps while a build
     * ran), and the server wakes up more often (see notes/pulseaudio-webrtc.md: 10-20 ms cost it 18% of a core).
     */
    static final int LATENCY_MILLIS = 100;
    private static final Duration QUERY_TIMEOUT = Duration.ofSeconds(3);
    private static final Duration EXIT_TIMEOUT = Duration.ofSeconds(2);

    private final Path pacat;
    private final Path pactl;
    private final String server;

    private PulseAudioOutput(Path pacat, Path pactl, String server) {
        this.pacat = pacat;
        this.pactl = pactl;
        this.server = server;
    }

    /**
     * The output through {@code pacat} and {@code pactl} found on the {@code PATH}; empty when they are not installed.
     *
     * @param server the PulseAudio server ({@code unix:/path/native}, {@code tcp:host:4713}); empty: libpulse's default
     */
    public static Optional<PulseAudioOutput> find(String server) {
        Optional<Path> pacat = onPath("pacat");
        Optional<Path> pactl = onPath("pactl");
        if (pacat.isEmpty() || pactl.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new PulseAudioOutput(pacat.get(), pactl.get(), server));
    }

    @Override
    public String name() {
        return "PulseAudio (" + pacat + (server.isEmpty() ? "" : ", server " + server) + ")";
    }

    /** Whether the server answers ({@code pactl info}). */
    public boolean answers() {
        try {
            return query("info").exitCode == 0;
        } catch (IOException e) {
            LOG.debug("pactl info failed", e);
            return false;
        }
    }

    @Override
    public List<OutputDevice> devices() throws AudioUnavailableException {
        Answer answer;
        try {
            answer = query("list", "sinks");
        } catch (IOException e) {
            throw new AudioUnavailableException(Kind.NO_DEVICE, "pactl list sinks could not run: " + e.getMessage(), e);
        }
        if (answer.exitCode != 0) {
            throw new AudioUnavailableException(server.isEmpty() ? Kind.NO_DEVICE : Kind.SERVER_SILENT,
                    "pactl list sinks" + forServer() + " exited with " + answer.exitCode + ": " + answer.text.strip());
        }
        List<OutputDevice> sinks = sinks(answer.text);
        if (sinks.isEmpty()) {
            throw new AudioUnavailableException(Kind.NO_DEVICE, "PulseAudio" + forServer() + " has no sinks");
        }
        return sinks;
    }

    /** The sinks in {@code pactl list sinks}' output (run with {@code LC_ALL=C}: the labels are translated otherwise). */
    static List<OutputDevice> sinks(String listing) {
        List<OutputDevice> sinks = new ArrayList<>();
        String name = null;
        for (String line : listing.split("\n")) {
            String field = line.strip();
            if (field.startsWith("Sink #")) {
                name = null;
            } else if (field.startsWith("Name: ")) {
                name = field.substring("Name: ".length()).strip();
            } else if (field.startsWith("Description: ") && name != null) {
                sinks.add(new OutputDevice(name, field.substring("Description: ".length()).strip()));
                name = null;
            }
        }
        return sinks;
    }

    @Override
    public Playback open(String device, int sampleRate) throws AudioUnavailableException {
        if (!device.isEmpty() && devices().stream().noneMatch(d -> d.name().equals(device))) {
            throw new AudioUnavailableException(Kind.DEVICE_MISSING, "PulseAudio" + forServer() + " has no sink " + device);
        }
        List<String> command = new ArrayList<>(List.of(pacat.toString(), "--playback", "--raw", "--format=s16le",
                "--rate=" + sampleRate, "--channels=1", "--latency-msec=" + LATENCY_MILLIS, "--client-name=Callbench",
                "--stream-name=Ringtone", "--property=media.role=phone"));
        if (!device.isEmpty()) {
            command.add("--device=" + device);
        }
        if (!server.isEmpty()) {
            command.add("--server=" + server);
        }
        try {
            Path errors = Files.createTempFile("callbench-pacat", ".log");
            Process process = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(errors.toFile()).start();
            LOG.debug("pacat {} plays on {}", process.pid(), device.isEmpty() ? "the default sink" : device);
            return new PacatPlayback(process, errors);
        } catch (IOException e) {
            throw new AudioUnavailableException(Kind.NO_DEVICE, "pacat could not be started: " + e.getMessage(), e);
        }
    }

    private String forServer() {
        return server.isEmpty() ? "" : " (server " + server + ")";
    }

    private record Answer(int exitCode, String text) {
    }

    private Answer query(String... arguments) throws IOException {
        List<String> command = new ArrayList<>(List.of(pactl.toString()));
        if (!server.isEmpty()) {
            command.add("--server=" + server);
        }
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("callbench-pactl", ".txt");
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(output.toFile());
            builder.environment().put("LC_ALL", "C");
            Process process = builder.start();
            if (!process.waitFor(QUERY_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                stop(process);
                throw new IOException(String.join(" ", command) + " did not answer within " + QUERY_TIMEOUT);
            }
            return new Answer(process.exitValue(), Files.readString(output, StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for pactl", e);
        } finally {
            Files.deleteIfExists(output);
        }
    }

    /** SIGTERM, and SIGKILL if it does not end within {@link #EXIT_TIMEOUT}. */
    static void stop(Process process) {
        process.destroy();
        try {
            if (!process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly();
                process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    private static Optional<Path> onPath(String program) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            if (!folder.isEmpty()) {
                Path candidate = Path.of(folder, program);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** One pacat child: the samples go to its standard input; what it says on stderr goes to the log if it fails. */
    private static final class PacatPlayback implements Playback {

        private final Process process;
        private final Path errors;
        private final OutputStream input;
        private byte[] bytes = new byte[0];

        PacatPlayback(Process process, Path errors) {
            this.process = process;
            this.errors = errors;
            this.input = process.getOutputStream();
        }

        @Override
        public void write(short[] samples, int length) throws IOException {
            if (bytes.length < 2 * length) {
                bytes = new byte[2 * length];
            }
            for (int i = 0; i < length; i++) {
                bytes[2 * i] = (byte) samples[i];
                bytes[2 * i + 1] = (byte) (samples[i] >> 8);
            }
            try {
                input.write(bytes, 0, 2 * length);
                input.flush();
            } catch (IOException e) {
                stop(process);
                throw new IOException("pacat " + process.pid() + " ended (exit " + process.exitValue() + "): "
                        + said(), e);
            }
        }

        @Override
        public void stopNow() {
            stop(process);
            closeInput();
            forgetErrors();
        }

        @Override
        public void finish() {
            closeInput(); // at the end of its input pacat plays what it holds, then exits
            try {
                if (!process.waitFor(EXIT_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                    LOG.debug("pacat {} did not finish within {}: stopped", process.pid(), EXIT_TIMEOUT);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stop(process);
            forgetErrors();
        }

        private void closeInput() {
            try {
                input.close();
            } catch (IOException e) {
                LOG.trace("pacat's input was closed already", e);
            }
        }

        private String said() {
            try {
                return Files.readString(errors, StandardCharsets.UTF_8).strip();
            } catch (IOException e) {
                return "(its messages could not be read: " + e.getMessage() + ")";
            } finally {
                forgetErrors();
            }
        }

        private void forgetErrors() {
            try {
                Files.deleteIfExists(errors);
            } catch (IOException e) {
                LOG.debug("{} could not be deleted", errors, e);
            }
        }
    }
}
