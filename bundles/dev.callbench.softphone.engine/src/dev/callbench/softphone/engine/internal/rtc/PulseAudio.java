package dev.callbench.softphone.engine.internal.rtc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * The sound server, asked through {@code pactl} (Debian's {@code pulseaudio-utils}), each run with a deadline.
 * <p>
 * Why {@code pactl} and not webrtc-java: its device selection ({@code setPlayoutDevice}/{@code setRecordingDevice})
 * does nothing on PulseAudio. libwebrtc's PulseAudio module leaves every device's GUID empty, webrtc-java looks the
 * chosen device up by that GUID, matches entry 0 ("default") every time and so always plays and records on
 * PulseAudio's default device (notes/pulseaudio-webrtc.md, section 4). Moving the engine's own streams in PulseAudio
 * ({@code move-sink-input}, {@code move-source-output}) does work, mid-call too, within a few ms, and touches no other
 * application (changing the default device would). The module opens new streams for each call, so the move is
 * redone for each. {@code -f json} is PulseAudio 16's.
 */
final class PulseAudio {

    /** What no reachable sound server is called in the engine's error replies. */
    static final String NO_AUDIO_SYSTEM = "noAudioSystem";
    /** A device id the sound server does not know. */
    static final String NO_SUCH_DEVICE = "noSuchDevice";
    /** The sound server answered, but not as asked. */
    static final String AUDIO_SYSTEM_FAILED = "audioSystemFailed";

    static final Duration DEADLINE = Duration.ofSeconds(5);

    /** A sink or source: its PulseAudio name (the id), its description (for people) and its index. */
    record Device(int index, String name, String description) {
    }

    /** One of the engine's own streams and the index of the device it plays to or records from now. */
    record Stream(int index, int device) {
    }

    /** A failure with the kind the engine's reply names. */
    static final class PulseAudioException extends Exception {

        private static final long serialVersionUID = 1L;

        private final String kind;

        PulseAudioException(String kind, String message) {
            super(message);
            this.kind = kind;
        }

        String kind() {
            return kind;
        }
    }

    List<Device> sinks() throws PulseAudioException {
        return devices("sinks");
    }

    /** The recording devices, without the sinks' monitors (the PulseAudio module does not record from them). */
    List<Device> sources() throws PulseAudioException {
        return devices("sources");
    }

    /** The streams of process {@code pid} that play ({@code sink-inputs}) or record ({@code source-outputs}). */
    List<Stream> streamsOf(long pid, boolean playing) throws PulseAudioException {
        List<Stream> own = new ArrayList<>();
        for (JsonElement e : list(playing ? "sink-inputs" : "source-outputs")) {
            JsonObject stream = e.getAsJsonObject();
            JsonObject properties = stream.getAsJsonObject("properties");
            JsonElement owner = properties == null ? null : properties.get("application.process.id");
            JsonElement device = stream.get(playing ? "sink" : "source");
            if (owner != null && Long.toString(pid).equals(owner.getAsString()) && device != null
                    && device.isJsonPrimitive()) {
                own.add(new Stream(stream.get("index").getAsInt(), device.getAsInt()));
            }
        }
        return own;
    }

    void move(Stream stream, boolean playing, String device) throws PulseAudioException {
        run(playing ? "move-sink-input" : "move-source-output", Integer.toString(stream.index()), device);
    }

    private List<Device> devices(String what) throws PulseAudioException {
        List<Device> devices = new ArrayList<>();
        for (JsonElement e : list(what)) {
            JsonObject device = e.getAsJsonObject();
            JsonObject properties = device.getAsJsonObject("properties");
            JsonElement kind = properties == null ? null : properties.get("device.class");
            if ("sources".equals(what) && kind != null && "monitor".equals(kind.getAsString())) {
                continue;
            }
            String name = device.get("name").getAsString();
            JsonElement description = device.get("description");
            devices.add(new Device(device.get("index").getAsInt(), name,
                    description == null || description.isJsonNull() ? name : description.getAsString()));
        }
        return devices;
    }

    private Iterable<JsonElement> list(String what) throws PulseAudioException {
        String json = run("-f", "json", "list", what);
        try {
            return JsonParser.parseString(json).getAsJsonArray();
        } catch (JsonParseException | IllegalStateException e) {
            throw new PulseAudioException(AUDIO_SYSTEM_FAILED, "pactl list " + what + " printed no JSON list: " + e);
        }
    }

    /** Runs {@code pactl} with {@code arguments}; its standard output, once it exited with 0 within the deadline. */
    static String run(String... arguments) throws PulseAudioException {
        List<String> command = new ArrayList<>(List.of("pactl"));
        command.addAll(List.of(arguments));
        Process process;
        try {
            process = new ProcessBuilder(command).start();
        } catch (IOException e) {
            throw new PulseAudioException(NO_AUDIO_SYSTEM, "pactl cannot be run (is pulseaudio-utils installed?): "
                    + e.getMessage());
        }
        try {
            process.getOutputStream().close();
            CompletableFuture<String> out = drain(process.getInputStream());
            CompletableFuture<String> err = drain(process.getErrorStream());
            if (!process.waitFor(DEADLINE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new PulseAudioException(AUDIO_SYSTEM_FAILED, "pactl " + String.join(" ", arguments)
                        + " did not end within " + DEADLINE.toSeconds() + " s");
            }
            String output = out.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            String errors = err.get(DEADLINE.toMillis(), TimeUnit.MILLISECONDS).strip();
            if (process.exitValue() != 0) {
                String kind = errors.contains("Connection") || errors.contains("pa_context_connect")
                        ? NO_AUDIO_SYSTEM
                        : errors.contains("No such entity") || errors.contains("Failure: No such")
                                ? NO_SUCH_DEVICE : AUDIO_SYSTEM_FAILED;
                throw new PulseAudioException(kind, "pactl " + String.join(" ", arguments) + " failed ("
                        + process.exitValue() + "): " + errors);
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PulseAudioException(AUDIO_SYSTEM_FAILED, "interrupted while pactl ran");
        } catch (ExecutionException | TimeoutException | IOException e) {
            throw new PulseAudioException(AUDIO_SYSTEM_FAILED, "pactl's output could not be read: " + e);
        } finally {
            if (process.isAlive()) {
                process.destroyForcibly(); // our own child, by its handle
            }
        }
    }

    private static CompletableFuture<String> drain(InputStream in) {
        return CompletableFuture.supplyAsync(() -> {
            try (in) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }, runnable -> Thread.ofPlatform().daemon().name("engine-pactl-output").start(runnable));
    }
}
