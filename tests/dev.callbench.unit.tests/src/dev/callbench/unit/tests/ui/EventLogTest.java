package dev.callbench.unit.tests.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.callbench.api.Contact;
import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.tests.support.ModelFixtures;
import dev.callbench.ui.internal.log.EventLog;

/** The workbench's event log: names as Streams gives them, a filter on every word, a bounded size, the export. */
class EventLogTest {

    @Test
    void eventsAreNamedAsStreamsNamesThemAndTheFilterNeedsEveryWord() {
        EventLog log = new EventLog();
        log.add(ModelFixtures.agentEvent(AgentEvent.Type.REFRESH));
        Contact call = ModelFixtures.voiceCall("c-1", ModelFixtures.SALES, Map.of());
        log.add(ModelFixtures.contactEvent(ContactEvent.Type.CONNECTING, call));

        assertEquals(List.of("agent::refresh", "contact::connecting"),
                log.matching("").stream().map(EventLog.Entry::name).toList());
        assertEquals(List.of("c-1 connecting"), log.matching("c-1").stream().map(EventLog.Entry::detail).toList());
        assertEquals(1, log.matching("CONNECTING c-1").size(), "words in any case, in any order");
        assertTrue(log.matching("connecting c-2").isEmpty(), "every word must be there");
    }

    @Test
    void theOldestEventsGoFirstOnceTheLogIsFullAndWatchersHearOfEachNewOne() {
        EventLog log = new EventLog();
        List<String> heard = new ArrayList<>();
        Runnable stop = log.watch(entry -> heard.add(entry.detail()));
        for (int i = 0; i < 5_001; i++) {
            log.add(ModelFixtures.numbered("c-" + i, i));
        }
        stop.run();
        log.add(ModelFixtures.numbered("c-late", 0));

        assertEquals(5_000, log.matching("").size());
        assertTrue(log.matching("").get(0).detail().startsWith("c-2 "), "c-0 and c-1 went first");
        assertEquals(5_001, heard.size(), "a watcher that stopped hears no more");
    }

    @Test
    void theExportHasEveryEventOnALineOfItsOwn(@TempDir Path folder) throws Exception {
        EventLog log = new EventLog();
        log.add(ModelFixtures.contactEvent(ContactEvent.Type.CONNECTED,
                ModelFixtures.voiceCall("c-9", ModelFixtures.SUPPORT, Map.of("account", "ACC-9"))));
        Path file = folder.resolve("log.txt");
        log.export(file);

        List<String> lines = Files.readAllLines(file);
        assertEquals(1, lines.size());
        assertTrue(lines.get(0).contains("\tcontact::connected\tc-9 connecting\t"), lines.get(0));
        assertTrue(lines.get(0).contains("ACC-9"), "the event's whole text: " + lines.get(0));
    }
}
