package dev.callbench.softphone.engine.internal;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import com.google.gson.JsonObject;

/** {@code ping} and {@code memory}; {@code shutdown} belongs to the {@link MediaEngine} itself. */
final class BuiltInOperations implements EngineModule {

    /** The version of the channel's protocol, raised when a change would break the other end. */
    static final int PROTOCOL_VERSION = 1;

    @Override
    public void register(Operations operations, EventSink events) {
        String version = version();
        operations.register("ping", arguments -> {
            JsonObject pong = new JsonObject();
            pong.addProperty("pid", ProcessHandle.current().pid());
            pong.addProperty("version", version);
            pong.addProperty("protocol", PROTOCOL_VERSION);
            return pong;
        });
        operations.register("memory", arguments -> {
            ProcessStatus status = ProcessStatus.read();
            JsonObject memory = new JsonObject();
            memory.addProperty("residentKb", status.residentKb());
            memory.addProperty("threads", status.threads());
            return memory;
        });
    }

    /** The engine bundle's Bundle-Version, from the manifest of the jar (or folder) this class came from. */
    private static String version() {
        try {
            Path location = Path.of(BuiltInOperations.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Manifest manifest;
            if (Files.isDirectory(location)) {
                try (InputStream in = Files.newInputStream(location.resolve("META-INF/MANIFEST.MF"))) {
                    manifest = new Manifest(in);
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    manifest = jar.getManifest();
                }
            }
            String version = manifest == null ? null : manifest.getMainAttributes().getValue("Bundle-Version");
            return version == null ? "unknown" : version;
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return "unknown";
        }
    }
}
