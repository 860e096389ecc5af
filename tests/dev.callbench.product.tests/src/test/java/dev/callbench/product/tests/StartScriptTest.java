package dev.callbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the product's start script tells a person before any Java starts. */
class StartScriptTest {

    @TempDir
    Path installation;

    @Test
    void withoutADisplayTheProductSaysSoInASentenceAndStops() throws Exception {
        InstalledProduct product = InstalledProduct.copyOfLinuxProduct(installation);
        ProcessBuilder command = product.startCommand();
        command.environment().remove("DISPLAY");
        command.environment().remove("WAYLAND_DISPLAY");
        Process callbench = command.start();
        try {
            String printed = new String(callbench.getInputStream().readAllBytes());
            assertTrue(callbench.waitFor(60, TimeUnit.SECONDS), "the product did not stop:\n" + printed);
            assertEquals(1, callbench.exitValue(), printed);
            assertTrue(printed.startsWith("Callbench opens a window, and there is no display here"), printed);
            assertTrue(printed.contains("callbench --local-contact-center"), printed);
        } finally {
            InstalledProduct.stop(callbench);
        }
    }
}
