package dev.callbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An installed Callbench runs the local contact center on its own, headless, from its example configuration. */
class HeadlessContactCenterTest {

    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:\\d+/api");

    @TempDir
    Path installation;

    @Test
    void installedProductRunsTheLocalContactCenterHeadless() throws Exception {
        InstalledProduct product = InstalledProduct.copyOfLinuxProduct(installation);
        Path portFile = installation.resolve("port");
        Process server = product.start("--local-contact-center", "--port", "0", "--port-file", portFile.toString());
        ProcessOutput output = ProcessOutput.of(server);
        try {
            assertTrue(output.awaitMatch(LISTENING, 60, TimeUnit.SECONDS),
                    "the local contact center did not start: " + output);
            int port = Integer.parseInt(Files.readString(portFile).trim());

            HttpResponse<String> health = HttpClient.newHttpClient().send(HttpRequest
                    .newBuilder(URI.create("http://127.0.0.1:" + port + "/admin/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), health.body());
            assertTrue(health.body().contains("\"status\":\"ok\""), health.body());
        } finally {
            InstalledProduct.stop(server);
        }
        assertTrue(server.waitFor(20, TimeUnit.SECONDS), "the local contact center did not stop on SIGTERM");
    }

    @Test
    void aKilledLocalContactCenterLeavesNoCoturnBehind() throws Exception {
        InstalledProduct product = InstalledProduct.copyOfLinuxProduct(installation);
        Process server = product.start("--local-contact-center", "--port", "0");
        ProcessOutput output = ProcessOutput.of(server);
        Optional<ProcessHandle> coturn = Optional.empty();
        try {
            assertTrue(output.awaitMatch(LISTENING, 60, TimeUnit.SECONDS),
                    "the local contact center did not start: " + output);
            coturn = server.children().filter(child -> child.info().command().orElse("").endsWith("/turnserver"))
                    .findFirst();
            assertTrue(coturn.isPresent(), "the local contact center started no coturn: " + output);

            server.destroyForcibly(); // SIGKILL: no shutdown hook runs, nothing is closed
            assertTrue(coturn.get().onExit().completeOnTimeout(null, 20, TimeUnit.SECONDS).get() != null,
                    "coturn (pid " + coturn.get().pid() + ") outlived the killed local contact center");
        } finally {
            coturn.ifPresent(ProcessHandle::destroyForcibly); // what this test started, should it have failed
            InstalledProduct.stop(server);
        }
    }
}
