package dev.callbench.softphone.engine.internal.rtc;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

import dev.callbench.media.internal.PcmFormat;
import dev.callbench.media.internal.ToneSource;
import dev.callbench.softphone.engine.internal.OperationException;
import dev.callbench.softphone.engine.internal.rtc.PulseAudio.Device;
import dev.callbench.softphone.engine.internal.rtc.PulseAudio.PulseAudioException;
import dev.callbench.softphone.engine.internal.rtc.PulseAudio.Stream;

/**
 * The agent's microphone and speaker: {@code devices.list}, {@code devices.use}, {@code devices.level},
 * {@code devices.testSpeaker}. The choice is remembered and applied through PulseAudio to the engine's own streams
 * (this process's sink inputs and source outputs): at once to the calls that are up, and to each new call's streams
 * when PulseAudio announces them ({@code pactl subscribe}, a child of the engine's own). See {@link PulseAudio} for
 * why webrtc-java's own device selection is not used.
 */
public final class DeviceOperations implements AutoCloseable {

    private static final System.Logger LOG = System.getLogger(DeviceOperations.class.getName());
    private static final String DEFAULT_SOURCE = "@DEFAULT_SOURCE@";
    private static final String DEFAULT_SINK = "@DEFAULT_SINK@";
    private static final Duration LEVEL_WINDOW = Duration.ofMillis(200);
    private static final Duration TEST_TONE = Duration.ofMillis(600);
    private static final double TEST_TONE_HZ = 440;

    private final PulseAudio pulse = new PulseAudio();
    private final long pid = ProcessHandle.current().pid();
    /** Moves streams, one pass after another: the choice and PulseAudio's news both end up here. */
    private final ExecutorService mover = Executors.newSingleThreadExecutor(
            Thread.ofPlatform().daemon().name("engine-devices").factory());
    /** Short captures and test tones, which take their time. */
    private final ExecutorService probes = Executors.newCachedThreadPool(
            Thread.ofPlatform().daemon().name("engine-devices-probe-", 0).factory());
    private final AtomicBoolean movePending = new AtomicBoolean();
    private volatile String microphone;
    private volatile String speaker;
    private Process subscription;
    private boolean closed;

    /** {@code devices.list}: {@code {"microphones":[{"id","name"}], "speakers":[...]}}, as PulseAudio lists them. */
    public CompletionStage<JsonObject> list(JsonObject args) {
        return on(mover, () -> {
            JsonObject answer = new JsonObject();
            answer.add("microphones", json(pulse.sources(), microphone));
            answer.add("speakers", json(pulse.sinks(), speaker));
            return answer;
        });
    }

    /**
     * {@code devices.use}: {@code microphone} and/or {@code speaker}, PulseAudio names ("" or null: the default
     * device again). Remembered for every later call, and applied at once to the streams of the calls that are up.
     */
    public CompletionStage<JsonObject> use(JsonObject args) {
        return on(mover, () -> {
            String mic = id(args, "microphone");
            String out = id(args, "speaker");
            if (mic != null && !mic.isEmpty()) {
                requireListed(pulse.sources(), mic, "microphone");
            }
            if (out != null && !out.isEmpty()) {
                requireListed(pulse.sinks(), out, "speaker");
            }
            if (args.has("microphone")) {
                microphone = emptyToNull(mic);
            }
            if (args.has("speaker")) {
                speaker = emptyToNull(out);
            }
            watchNewStreams();
            JsonObject answer = new JsonObject();
            answer.addProperty("moved", moveOwnStreams());
            return answer;
        });
    }

    /**
     * {@code devices.level}: the chosen microphone's level now, from a short capture of its own ({@code parec}):
     * {@code {"microphone": id, "levelDbfs": dB}} (-120 for digital silence).
     */
    public CompletionStage<JsonObject> level(JsonObject args) {
        String source = microphone == null ? DEFAULT_SOURCE : microphone;
        return on(probes, () -> {
            short[] samples = capture(source, LEVEL_WINDOW);
            JsonObject answer = new JsonObject();
            answer.addProperty("microphone", source);
            answer.addProperty("levelDbfs", PcmFormat.levelDbfs(samples, 0, samples.length));
            return answer;
        });
    }

    /** {@code devices.testSpeaker}: a short tone on the chosen speaker, on a playback of its own ({@code pacat}). */
    public CompletionStage<JsonObject> testSpeaker(JsonObject args) {
        String sink = speaker == null ? DEFAULT_SINK : speaker;
        double hz = args.has("toneHz") ? args.get("toneHz").getAsDouble() : TEST_TONE_HZ;
        return on(probes, () -> {
            play(sink, hz, TEST_TONE);
            JsonObject answer = new JsonObject();
            answer.addProperty("speaker", sink);
            answer.addProperty("toneHz", hz);
            return answer;
        });
    }

    /** A call on the system's devices is opening: its streams are to follow the choice. */
    void callOpening() {
        if (microphone != null || speaker != null) {
            mover.execute(this::watchNewStreams);
        }
    }

    /** A call's media path is up (its streams exist by now): once more, in case PulseAudio's news was missed. */
    void callConnected() {
        if (microphone != null || speaker != null) {
            requestMove();
        }
    }

    // ---- the mover's thread

    /** How many streams were moved; the ones on the chosen device already stay. */
    private int moveOwnStreams() throws PulseAudioException {
        int moved = 0;
        if (speaker != null) {
            moved += move(pulse.sinks(), speaker, true);
        }
        if (microphone != null) {
            moved += move(pulse.sources(), microphone, false);
        }
        return moved;
    }

    private int move(List<Device> devices, String chosen, boolean playing) throws PulseAudioException {
        int target = devices.stream().filter(d -> d.name().equals(chosen)).mapToInt(Device::index).findFirst()
                .orElse(-1);
        int moved = 0;
        for (Stream stream : pulse.streamsOf(pid, playing)) {
            if (stream.device() != target) {
                pulse.move(stream, playing, chosen);
                moved++;
            }
        }
        return moved;
    }

    private void requestMove() {
        if (movePending.compareAndSet(false, true)) {
            try {
                mover.execute(() -> {
                    movePending.set(false);
                    try {
                        int moved = moveOwnStreams();
                        if (moved > 0) {
                            LOG.log(Level.INFO, "Moved {0} audio stream(s) to the chosen devices", moved);
                        }
                    } catch (PulseAudioException e) {
                        LOG.log(Level.WARNING, "The audio streams could not be moved: {0}", e.getMessage());
                    }
                });
            } catch (java.util.concurrent.RejectedExecutionException closing) {
                movePending.set(false);
            }
        }
    }

    /** Starts {@code pactl subscribe} unless it runs: each new stream of PulseAudio's asks for a move. */
    private synchronized void watchNewStreams() {
        if (closed || subscription != null && subscription.isAlive()) {
            return;
        }
        try {
            Process process = new ProcessBuilder("pactl", "subscribe").redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            process.getOutputStream().close();
            subscription = process;
            Thread.ofPlatform().daemon().name("engine-devices-subscribe").start(() -> follow(process));
        } catch (IOException e) {
            LOG.log(Level.WARNING, "PulseAudio's news cannot be followed: {0}", e.getMessage());
        }
    }

    private void follow(Process process) {
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                if (line.startsWith("Event 'new' on sink-input") || line.startsWith("Event 'new' on source-output")) {
                    requestMove();
                }
            }
        } catch (IOException e) {
            // the subscription was stopped
        }
    }

    // ---- captures and tones

    private static short[] capture(String source, Duration window) throws PulseAudioException, IOException,
            InterruptedException {
        int bytes = (int) (PcmFormat.SAMPLE_RATE * window.toMillis() / 1000) * 2;
        Process parec = start("parec", "--device=" + source, "--raw", "--format=s16le",
                "--rate=" + PcmFormat.SAMPLE_RATE, "--channels=1", "--latency-msec=20");
        try {
            CompletableFuture<byte[]> read = CompletableFuture.supplyAsync(() -> {
                try (InputStream in = parec.getInputStream()) {
                    return in.readNBytes(bytes);
                } catch (IOException e) {
                    return new byte[0];
                }
            }, runnable -> Thread.ofPlatform().daemon().name("engine-devices-level").start(runnable));
            byte[] raw;
            try {
                raw = read.get(window.toMillis() + PulseAudio.DEADLINE.toMillis(), TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                throw new PulseAudioException(PulseAudio.AUDIO_SYSTEM_FAILED, "the microphone gave no audio in time");
            }
            if (raw.length < bytes) {
                throw new PulseAudioException(parec.isAlive() ? PulseAudio.AUDIO_SYSTEM_FAILED
                        : PulseAudio.NO_AUDIO_SYSTEM, "the microphone " + source + " could not be recorded");
            }
            short[] samples = new short[raw.length / 2];
            for (int i = 0; i < samples.length; i++) {
                samples[i] = (short) (raw[2 * i] & 0xFF | raw[2 * i + 1] << 8);
            }
            return samples;
        } finally {
            stop(parec);
        }
    }

    private static void play(String sink, double hz, Duration length) throws PulseAudioException, IOException,
            InterruptedException {
        Process pacat = start("pacat", "--playback", "--device=" + sink, "--raw", "--format=s16le",
                "--rate=" + PcmFormat.SAMPLE_RATE, "--channels=1", "--latency-msec=20");
        try {
            ToneSource tone = new ToneSource(hz, 0.3);
            short[] frame = PcmFormat.newFrame();
            byte[] bytes = new byte[frame.length * 2];
            try (OutputStream out = pacat.getOutputStream()) {
                for (long ms = 0; ms < length.toMillis(); ms += PcmFormat.FRAME_MILLIS) {
                    tone.fill(frame);
                    PcmFormat.toLittleEndian(frame, bytes);
                    out.write(bytes);
                }
            } catch (IOException e) {
                // pacat ended early: its exit code says why
            }
            if (!pacat.waitFor(length.toMillis() + PulseAudio.DEADLINE.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new PulseAudioException(PulseAudio.AUDIO_SYSTEM_FAILED, "the test tone did not end in time");
            }
            if (pacat.exitValue() != 0) {
                throw new PulseAudioException(PulseAudio.NO_AUDIO_SYSTEM, "the speaker " + sink
                        + " could not play (pacat " + pacat.exitValue() + ")");
            }
        } finally {
            stop(pacat);
        }
    }

    private static Process start(String... command) throws PulseAudioException {
        try {
            return new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            throw new PulseAudioException(PulseAudio.NO_AUDIO_SYSTEM, command[0]
                    + " cannot be run (is pulseaudio-utils installed?): " + e.getMessage());
        }
    }

    /** Our own child, by its handle. */
    private static void stop(Process process) throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            if (!process.waitFor(2, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor(2, TimeUnit.SECONDS);
            }
        }
    }

    // ---- helpers

    @FunctionalInterface
    private interface Work {
        JsonObject run() throws Exception;
    }

    /** Runs {@code work} on {@code executor}; a PulseAudio failure answers with its own error kind. */
    private static CompletableFuture<JsonObject> on(ExecutorService executor, Work work) {
        CompletableFuture<JsonObject> answer = new CompletableFuture<>();
        try {
            executor.execute(() -> {
                try {
                    answer.complete(work.run());
                } catch (PulseAudioException e) {
                    answer.completeExceptionally(new OperationException(e.kind(), e.getMessage()));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    answer.completeExceptionally(e);
                } catch (Exception e) {
                    answer.completeExceptionally(e);
                }
            });
        } catch (java.util.concurrent.RejectedExecutionException e) {
            answer.completeExceptionally(new OperationException(OperationException.UNAVAILABLE, "the engine is ending"));
        }
        return answer;
    }

    private static void requireListed(List<Device> devices, String id, String what) throws PulseAudioException {
        if (devices.stream().noneMatch(d -> d.name().equals(id))) {
            throw new PulseAudioException(PulseAudio.NO_SUCH_DEVICE, "no " + what + " is called " + id);
        }
    }

    private static JsonArray json(List<Device> devices, String chosen) {
        JsonArray list = new JsonArray();
        for (Device device : devices) {
            JsonObject json = new JsonObject();
            json.addProperty("id", device.name());
            json.addProperty("name", device.description());
            if (device.name().equals(chosen)) {
                json.addProperty("chosen", true);
            }
            list.add(json);
        }
        return list;
    }

    private static String id(JsonObject args, String name) {
        JsonElement value = args.get(name);
        return value == null || value.isJsonNull() ? null : value.getAsString();
    }

    private static String emptyToNull(String id) {
        return id == null || id.isEmpty() ? null : id;
    }

    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (subscription != null) {
                subscription.destroy(); // our own child, by its handle
            }
        }
        mover.shutdownNow();
        probes.shutdownNow();
    }
}
