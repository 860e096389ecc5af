package dev.callbench.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.callbench.tests.support.SelfSignedKeyStore;

/** With a key store configured the server speaks HTTPS only; a client that trusts its certificate signs in. */
class TlsTest {

    @TempDir
    Path dir;

    @Test
    void servesHttpsWithTheConfiguredKeyStore() throws Exception {
        SelfSignedKeyStore keyStore = SelfSignedKeyStore.create(dir);
        try (TestServer server = TestServer.start(TestServer.TIMING, keyStore.tlsConfig())) {
            assertEquals("https", server.baseUri().getScheme());
            HttpDriver client = new HttpDriver(server.baseUri(), java.net.http.HttpClient.newBuilder()
                    .sslContext(keyStore.trustingContext()).connectTimeout(Duration.ofSeconds(5)).build());
            AgentSession alice = client.signIn("alice", "pw-alice");
            assertEquals("Offline", AgentSession.stateName(alice.snapshot()));
            assertTrue(client.get("/admin/health", Map.of()).status() == 200);
        }
    }
}
