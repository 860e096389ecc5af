package dev.callbench.media.tests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The threads of this process by name, native ones included (from /proc: the JVM sees only its own). */
final class ThreadCensus {

    private ThreadCensus() {
    }

    static Map<String, Integer> take() {
        Map<String, Integer> names = new TreeMap<>();
        try (Stream<Path> tasks = Files.list(Path.of("/proc/self/task"))) {
            tasks.forEach(task -> {
                try {
                    names.merge(Files.readString(task.resolve("comm")).trim(), 1, Integer::sum);
                } catch (IOException ended) {
                    // the thread ended while we looked
                }
            });
        } catch (IOException e) {
            throw new AssertionError("cannot list this process's threads", e);
        }
        return names;
    }

    /** What {@code after} has more of than {@code before}, by name. */
    static Map<String, Integer> added(Map<String, Integer> before, Map<String, Integer> after) {
        Map<String, Integer> added = new TreeMap<>();
        after.forEach((name, count) -> {
            int more = count - before.getOrDefault(name, 0);
            if (more > 0) {
                added.put(name, more);
            }
        });
        return added;
    }
}
