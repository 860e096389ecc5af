package dev.callbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The integrator's path: an extension feature is installed from the built p2 update site into an installed
 * Callbench with the p2 director, and runs when Callbench starts.
 */
class UpdateSiteInstallTest {

    private static final String EXAMPLE_BUNDLE = "dev.callbench.examples.hello";
    /** Lazily activated: active once the workbench has taken up its panel contribution or its hook. */
    private static final String CRM_EXAMPLE_BUNDLE = "dev.callbench.examples.crm";

    @TempDir
    Path installation;

    @Test
    void sdkFeatureInstalledFromTheSiteRunsInTheProduct() throws Exception {
        InstalledProduct product = InstalledProduct.copyOfLinuxProduct(installation);
        assertFalse(product.hasPlugin(EXAMPLE_BUNDLE), "the product must not ship the example already");

        install(product, "dev.callbench.sdk.feature.feature.group");
        assertTrue(product.hasPlugin(EXAMPLE_BUNDLE), "the director did not install the example bundle");

        assertTrue(product.hasPlugin(CRM_EXAMPLE_BUNDLE), "the director did not install the CRM example");

        assertBundlesBecomeActive(product, EXAMPLE_BUNDLE, CRM_EXAMPLE_BUNDLE);
    }

    private static void install(InstalledProduct product, String installableUnit) throws Exception {
        Process director = product.runApplication("org.eclipse.equinox.p2.director",
                "-repository", Path.of(System.getProperty("callbench.site")).toUri().toString(),
                "-installIU", installableUnit,
                "-destination", product.home().toString(),
                "-profile", "DefaultProfile");
        ProcessOutput output = ProcessOutput.of(director);
        try {
            assertTrue(director.waitFor(3, TimeUnit.MINUTES), "the director did not finish: " + output);
        } finally {
            InstalledProduct.stop(director); // a director that hangs must not outlive the test
        }
        assertEquals(0, director.exitValue(), "the director failed: " + output);
        assertTrue(output.awaitMatch(Pattern.compile("Operation completed"), 5, TimeUnit.SECONDS), output.toString());
    }

    /** Starts the product with the OSGi console on its standard input and asks it for each bundle's state. */
    private static void assertBundlesBecomeActive(InstalledProduct product, String... bundles) throws Exception {
        Process callbench = product.start("-console", "-consoleLog");
        ProcessOutput output = ProcessOutput.of(callbench);
        try (OsgiConsole console = new OsgiConsole(callbench, output)) {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(2);
            for (String bundle : bundles) {
                assertTrue(console.awaitActive(bundle, deadline - System.nanoTime(), TimeUnit.NANOSECONDS),
                        bundle + " never became active; the product printed:\n" + output);
            }
        } finally {
            InstalledProduct.stop(callbench);
        }
    }
}
