package dev.callbench.unit.tests.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.callbench.server.internal.LogText;

/** What the server logs of a request's values stays on one line of a readable length. */
class LogTextTest {

    @Test
    void aNewlineInAValueCannotForgeALogLine() {
        String forged = LogText.of("c-1\n2026-12-02 INFO Agent admin signed in\r");
        assertFalse(forged.contains("\n") || forged.contains("\r"), forged);
        assertEquals("c-1\\u000a2026-12-02 INFO Agent admin signed in\\u000d", forged);
    }

    @Test
    void aHugeValueIsCutWithTheCountOfWhatWasLeftOut() {
        String logged = LogText.of("x".repeat(65_536));
        assertTrue(logged.length() < 300, "logged " + logged.length() + " characters");
        assertTrue(logged.endsWith("... (65336 more characters)"), logged.substring(190));
    }

    @Test
    void anOrdinaryValueIsLoggedAsItIs() {
        assertEquals("AmazonConnectCTIService.GetAgentSnapshot", LogText.of("AmazonConnectCTIService.GetAgentSnapshot"));
    }
}
