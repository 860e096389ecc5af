package dev.callbench.product.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every platform's archive holds a start script, the launcher and the platform's own SWT and WebRTC natives. */
class ProductArchivesTest {

    @ParameterizedTest
    @CsvSource({
        "callbench-0.1.0-linux.gtk.x86_64.tar.gz, callbench/callbench, org.eclipse.swt.gtk.linux.x86_64_, dev.onvoid.webrtc.natives.linux-x86_64_",
        "callbench-0.1.0-win32.win32.x86_64.zip, callbench/callbench.cmd, org.eclipse.swt.win32.win32.x86_64_, dev.onvoid.webrtc.natives.windows-x86_64_",
        "callbench-0.1.0-macosx.cocoa.aarch64.tar.gz, /callbench, org.eclipse.swt.cocoa.macosx.aarch64_, dev.onvoid.webrtc.natives.macos-aarch64_"
    })
    void archiveHoldsWhatThePlatformNeeds(String archive, String startScript, String swtNatives, String webrtcNatives)
            throws IOException {
        List<String> entries = entriesOf(InstalledProduct.builtProducts().resolve(archive));
        assertTrue(entries.stream().anyMatch(e -> e.endsWith(startScript)), archive + " has no start script " + startScript);
        assertTrue(entries.stream().anyMatch(e -> e.contains("plugins/org.eclipse.equinox.launcher_")), archive + " has no launcher");
        assertTrue(entries.stream().anyMatch(e -> e.contains("plugins/" + swtNatives)), archive + " lacks " + swtNatives);
        assertTrue(entries.stream().anyMatch(e -> e.contains("plugins/" + webrtcNatives)), archive + " lacks " + webrtcNatives);
    }

    private static List<String> entriesOf(Path archive) throws IOException {
        return archive.toString().endsWith(".zip") ? zipEntries(archive) : tarEntries(archive);
    }

    private static List<String> zipEntries(Path archive) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(archive))) {
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null;) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    /** Reads the names of a gzipped tar's entries (ustar headers: name at 0, size at 124, 512-byte blocks). */
    private static List<String> tarEntries(Path archive) throws IOException {
        List<String> names = new ArrayList<>();
        try (InputStream tar = new GZIPInputStream(Files.newInputStream(archive))) {
            byte[] header = new byte[512];
            while (tar.readNBytes(header, 0, 512) == 512 && header[0] != 0) {
                String prefix = field(header, 345, 155);
                String name = field(header, 0, 100);
                names.add(prefix.isEmpty() ? name : prefix + "/" + name);
                String octalSize = field(header, 124, 12).trim();
                long size = octalSize.isEmpty() ? 0 : Long.parseLong(octalSize, 8);
                tar.skipNBytes((size + 511) / 512 * 512);
            }
        }
        return names;
    }

    private static String field(byte[] header, int offset, int length) {
        int end = offset;
        while (end < offset + length && header[end] != 0) {
            end++;
        }
        return new String(header, offset, end - offset, StandardCharsets.US_ASCII);
    }
}
