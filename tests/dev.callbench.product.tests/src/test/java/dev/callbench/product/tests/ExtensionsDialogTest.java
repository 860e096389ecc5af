package dev.callbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent's path to an extension: in the running product, Callbench > Extensions... installs the SDK feature from
 * the product's own update site (the built one, preconfigured), and its CRM example's bundle runs and its Customer
 * panel is in the window at once; Uninstall stops and removes it, without a restart. Driven with real key presses on
 * the product's own window (xdotool on the X display), the framework watched through the OSGi console.
 */
class ExtensionsDialogTest {

    private static final String CRM_EXAMPLE = "dev.callbench.examples.crm";
    private static final String P2_CORE = "org.eclipse.equinox.p2.core";
    private static final String SDK = "Callbench SDK and Examples";
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    @TempDir
    Path installation;

    private final Screen screen = new Screen();

    @Test
    void anExtensionInstalledFromTheWindowRunsAtOnceAndUninstalledStops() throws Exception {
        InstalledProduct product = InstalledProduct.copyOfLinuxProduct(installation);
        ProcessBuilder command = product.startCommand("-console", "-consoleLog");
        command.environment().put("CALLBENCH_VMARGS", "-Duser.home=" + product.userHome() + " -Dcallbench.extensions.site="
                + Path.of(System.getProperty("callbench.site")).toAbsolutePath());
        Process callbench = command.start();
        ProcessOutput output = ProcessOutput.of(callbench);
        try (OsgiConsole console = new OsgiConsole(callbench, output)) {
            String window = screen.awaitWindow("^Callbench", 2, TimeUnit.MINUTES);
            assertEquals(Optional.empty(), console.state(CRM_EXAMPLE), "the product must not have the CRM example already");
            assertEquals(Optional.of("STARTING"), console.state(P2_CORE), "p2 must wait, lazily, for the dialog to open");

            int mark = output.mark();
            String dialog = openExtensions(window);
            assertTrue(output.awaitMatch(Pattern.compile("offers \\[" + SDK + "\\]"), mark, 2, TimeUnit.MINUTES),
                    "the dialog did not list the SDK from the product's site; the product printed:\n" + output);
            long installing = System.nanoTime();
            screen.press(dialog, "alt+i");
            assertTrue(output.awaitMatch(Pattern.compile("Installed " + SDK), mark, 3, TimeUnit.MINUTES),
                    "the SDK was not installed; the product printed:\n" + output);
            System.out.printf("installed from the site in %d ms%n", elapsedMs(installing));
            assertTrue(console.awaitActive(CRM_EXAMPLE, 1, TimeUnit.MINUTES),
                    "the CRM example does not run after its installation; the product printed:\n" + output);
            screen.shoot(dialog, SCREENSHOTS.resolve("extensions-installed.png"));
            screen.press(dialog, "Escape");
            screen.awaitGone(dialog, 30, TimeUnit.SECONDS);
            screen.shoot("root", SCREENSHOTS.resolve("extensions-customer-panel.png")); // looked at: the Customer tab

            mark = output.mark();
            dialog = openExtensions(window);
            assertTrue(output.awaitMatch(Pattern.compile("Extensions installed: \\[" + SDK + "\\]"), mark, 1,
                    TimeUnit.MINUTES), "the dialog did not list the SDK as installed; the product printed:\n" + output);
            long uninstalling = System.nanoTime();
            mark = output.mark();
            screen.press(dialog, "alt+u");
            assertTrue(output.awaitMatch(Pattern.compile("Uninstalled " + SDK), mark, 3, TimeUnit.MINUTES),
                    "the SDK was not uninstalled; the product printed:\n" + output);
            System.out.printf("uninstalled in %d ms%n", elapsedMs(uninstalling));
            assertEquals(Optional.empty(), console.state(CRM_EXAMPLE),
                    "the CRM example is still in the framework after its uninstall");
            assertTrue(output.awaitMatch(Pattern.compile("offers \\[" + SDK + "\\]"), mark, 1, TimeUnit.MINUTES),
                    "the site does not offer the SDK again once it is uninstalled; the product printed:\n" + output);
            screen.shoot(dialog, SCREENSHOTS.resolve("extensions-uninstalled.png"));
            screen.press(dialog, "Escape");
            screen.awaitGone(dialog, 30, TimeUnit.SECONDS);
            screen.shoot("root", SCREENSHOTS.resolve("extensions-panel-gone.png")); // looked at: no Customer tab
        } finally {
            InstalledProduct.stop(callbench);
        }
    }

    private static long elapsedMs(long since) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - since);
    }

    /** Callbench > Extensions..., from the keyboard: the menu's and the item's mnemonics. */
    private String openExtensions(String window) throws Exception {
        screen.press(window, "alt+c", "e");
        return screen.awaitWindow("^Extensions", 1, TimeUnit.MINUTES);
    }
}
