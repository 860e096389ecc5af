package dev.callbench.ui.internal.log;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.CallbenchEvent;
import dev.callbench.api.event.ContactEvent;

/**
 * The agent's and their contacts' events of this session, the newest {@value #CAPACITY} kept, for the event log
 * part and its export (Streams' "download logs"). What it writes is each event's own text, in which the model
 * redacts every token and credential (call context tokens, TURN passwords).
 */
public final class EventLog {

    static final int CAPACITY = 5_000;

    private final ArrayDeque<Entry> entries = new ArrayDeque<>();
    private final List<Consumer<Entry>> watchers = new CopyOnWriteArrayList<>();

    /** One logged event: when, its name as Streams gives it ({@code contact::connected}), a short detail. */
    public record Entry(CallbenchEvent event, String name, String detail) {

        static Entry of(CallbenchEvent event) {
            return switch (event) {
                case AgentEvent agent -> new Entry(event, "agent::" + lower(agent.type()), agent.newState().name());
                case ContactEvent contact -> new Entry(event, "contact::" + lower(contact.type()),
                        contact.contactId() + " " + lower(contact.contact().state()));
            };
        }

        /** Whether every word of {@code filter} is in what the log shows of it, its name or detail, ignoring case. */
        public boolean matches(String filter) {
            String haystack = (name + " " + detail).toLowerCase(Locale.ROOT);
            for (String word : filter.toLowerCase(Locale.ROOT).trim().split("\\s+")) {
                if (!haystack.contains(word)) {
                    return false;
                }
            }
            return true;
        }

        private static String lower(Enum<?> value) {
            return value.name().toLowerCase(Locale.ROOT);
        }
    }

    public Entry add(CallbenchEvent event) {
        Entry entry = Entry.of(event);
        synchronized (this) {
            if (entries.size() == CAPACITY) {
                entries.removeFirst();
            }
            entries.addLast(entry);
        }
        watchers.forEach(watcher -> watcher.accept(entry));
        return entry;
    }

    /** Tells {@code watcher} of each entry added from now on, on the thread that adds it, until it stops watching. */
    public Runnable watch(Consumer<Entry> watcher) {
        watchers.add(watcher);
        return () -> watchers.remove(watcher);
    }

    /** The entries that match the filter, oldest first. */
    public synchronized List<Entry> matching(String filter) {
        return entries.stream().filter(entry -> entry.matches(filter)).toList();
    }

    /** Writes every entry, one a line: time, name, detail, then the event's whole (redacted) text. */
    public void export(Path file) throws IOException {
        List<Entry> all = matching("");
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (Entry entry : all) {
                out.write(entry.event().at() + "\t" + entry.name() + "\t" + entry.detail() + "\t" + entry.event() + "\n");
            }
        }
    }
}
