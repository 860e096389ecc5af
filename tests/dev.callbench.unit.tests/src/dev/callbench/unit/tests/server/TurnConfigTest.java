package dev.callbench.unit.tests.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.callbench.server.internal.config.ConfigException;
import dev.callbench.server.internal.config.ConfigLoader;
import dev.callbench.server.internal.config.ServerConfig.TurnConfig;

/** The TURN options: on by default, with Debian's turnserver from the PATH, and a lifetime that is checked. */
class TurnConfigTest {

    @Test
    void leftOutTheRelayIsOnWithTurnserverFromThePathAndFourHourCredentials() throws Exception {
        TurnConfig turn = new ConfigLoader().parse(config("")).turn();
        assertEquals(new TurnConfig(true, "turnserver", 14_400L), turn);
    }

    @Test
    void aLifetimeOutsideOneSecondToAWeekIsExplained() {
        for (String lifetime : new String[] {"0", "-5", "604801"}) {
            ConfigException e = assertThrows(ConfigException.class, () -> parse(
                    "\"turn\": {\"credentialLifetimeSeconds\": " + lifetime + "},"));
            assertEquals("turn.credentialLifetimeSeconds must be between 1 and 604800 (a week), not " + lifetime + ".",
                    e.getMessage());
        }
    }

    @Test
    void aBlankTurnserverIsExplained() {
        ConfigException e = assertThrows(ConfigException.class, () -> parse("\"turn\": {\"turnserver\": \" \"},"));
        assertTrue(e.getMessage().startsWith("turn.turnserver must name the turnserver program"), e.getMessage());
    }

    private static void parse(String turn) throws ConfigException {
        new ConfigLoader().parse(config(turn));
    }

    /** A small contact center, with {@code extra} top-level members (each followed by a comma) before the rest. */
    private static String config(String extra) {
        return "{" + extra + """
                "queues": [{"name": "Sales"}],
                "routingProfiles": [{"name": "Basic", "queues": ["Sales"]}],
                "agents": [{"login": "alice", "password": "pw-alice", "routingProfile": "Basic"}]}
                """;
    }
}
