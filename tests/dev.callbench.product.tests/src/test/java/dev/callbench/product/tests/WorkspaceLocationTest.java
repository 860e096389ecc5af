package dev.callbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The agent's workspace (the Settings' preferences and secure storage) is in their home folder, whatever folder
 * Callbench is started from: the product's default instance area, as the OSGi console reports it.
 */
class WorkspaceLocationTest {

    @TempDir
    Path installation;

    @Test
    void theWorkspaceIsInTheAgentsHomeFolderWhereverCallbenchStarts() throws Exception {
        InstalledProduct product = InstalledProduct.copyOfLinuxProduct(installation);
        Process callbench = product.start("-console", "-consoleLog");
        ProcessOutput output = ProcessOutput.of(callbench);
        Pattern instanceArea = Pattern.compile("osgi\\.instance\\.area=file:" + Pattern.quote(
                product.userHome().resolve(".callbench/workspace").toUri().getPath()));
        try (Writer console = callbench.outputWriter(StandardCharsets.UTF_8)) {
            console.write("getprop osgi.instance.area\n");
            console.flush();
            assertTrue(output.awaitMatch(instanceArea, 2, TimeUnit.MINUTES),
                    "the workspace is not in the agent's home folder; the product printed:\n" + output);
        } finally {
            InstalledProduct.stop(callbench);
        }
    }
}
