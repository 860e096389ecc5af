package dev.callbench.ui.internal.log;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** Where an exported log goes: the user's Downloads folder (or home), as a browser's CCP downloads its logs. */
final class LogFolder {

    /** Chooses another folder, for tests and for machines whose downloads go elsewhere. */
    static final String PROPERTY = "callbench.downloads";
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private LogFolder() {
    }

    static Path nextFile() {
        return folder().resolve("callbench-log-" + LocalDateTime.now().format(STAMP) + ".txt");
    }

    private static Path folder() {
        String chosen = System.getProperty(PROPERTY);
        if (chosen != null && !chosen.isBlank()) {
            return Path.of(chosen);
        }
        Path home = Path.of(System.getProperty("user.home"));
        Path downloads = home.resolve("Downloads");
        return Files.isDirectory(downloads) ? downloads : home;
    }
}
