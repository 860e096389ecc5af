package dev.callbench.ringtone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.callbench.api.Contact;
import dev.callbench.api.ContactState;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.ringtone.internal.RingerComponent;
import dev.callbench.ringtone.internal.RingerSettings;
import dev.callbench.tests.support.Wait;

/**
 * No PulseAudio at all: the ringer's server is a socket nobody listens on. Rings, beeps and their ends go by without
 * an exception, and the agent is told once, not per ring.
 */
class NoSoundTest {

    private static final Duration WAIT = Duration.ofSeconds(10);

    @TempDir
    Path folder;

    @Test
    void withoutASoundServerTheAgentIsToldOnceAndNothingThrows() throws Exception {
        try (ConfiguredRinger configured = new ConfiguredRinger()) {
            String nowhere = "unix:" + folder.resolve("no-pulse/native");
            RingerComponent ringer = configured.configure(Map.of(RingerSettings.PULSE_SERVER, nowhere));
            for (int i = 1; i <= 3; i++) {
                Contact call = Contacts.call("silent-" + i, ContactState.CONNECTING, i == 3);
                configured.deliver(Contacts.event(ContactEvent.Type.CONNECTING, call));
                int tried = i;
                Wait.until("sound " + i + " was tried", () -> ringer.unplayedSounds() == tried, WAIT);
                configured.deliver(Contacts.event(ContactEvent.Type.ENDED, call));
                configured.deliver(Contacts.event(ContactEvent.Type.DESTROYED, call));
            }
            Wait.until("the agent is told", () -> !configured.sentences().isEmpty(), WAIT);
            String sentence = configured.sentences().get(0);
            System.out.println("no sound server: " + sentence);
            assertEquals(1, configured.sentences().size(), "told once: " + configured.sentences());
            assertTrue(sentence.contains(nowhere), sentence);
            assertEquals(sentence, ringer.problem().orElseThrow());
            assertTrue(ringer.playing().isEmpty());
            assertTrue(ringer.ringingContacts().isEmpty());
            configured.forget();
        }
    }
}
