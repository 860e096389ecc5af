package dev.callbench.unit.tests.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import dev.callbench.server.internal.config.ConfigLoader;
import dev.callbench.server.internal.config.ServerConfig;

/** A configuration written into a log line shows what it configures and none of its secrets. */
class ConfigSecretsTest {

    @Test
    void secretsStayOutOfTheConfigurationsText() throws Exception {
        ServerConfig config = new ConfigLoader().parse("""
                {"adminKey": "admin-key-value", "tokenSecret": "token-secret-value-0123456789", "stateFolder": "state",
                 "tls": {"keyStore": "store.p12", "keyStorePassword": "store-password-value"},
                 "softphone": {"iceServers": [{"urls": ["turn:127.0.0.1:3478"], "username": "u",
                                               "credential": "turn-credential-value"}]},
                 "queues": [{"name": "Sales"}],
                 "routingProfiles": [{"name": "Basic", "queues": ["Sales"]}],
                 "agents": [{"login": "alice", "password": "agent-password-value", "routingProfile": "Basic"}]}
                """);
        String text = config + " " + config.tls() + " " + config.softphone();

        assertTrue(text.contains("alice"), text);
        assertTrue(text.contains("store.p12"), text);
        for (String secret : new String[] {"admin-key-value", "token-secret-value", "store-password-value",
                "turn-credential-value", "agent-password-value"}) {
            assertFalse(text.contains(secret), secret + " shows in " + text);
        }
    }
}
