package dev.callbench.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With a key store configured the server speaks HTTPS only; a client that trusts its certificate signs in. */
class TlsTest {

    private static final String PASSWORD = "changeit-test";

    @TempDir
    Path dir;

    @Test
    void servesHttpsWithTheConfiguredKeyStore() throws Exception {
        Path keyStore = generateKeyStore();
        String tls = "\"tls\": {\"keyStore\": \"" + keyStore.toString().replace("\\", "\\\\") + "\", \"keyStorePassword\": \""
                + PASSWORD + "\"},";
        try (TestServer server = TestServer.start(TestServer.TIMING, tls)) {
            assertEquals("https", server.baseUri().getScheme());
            HttpDriver client = new HttpDriver(server.baseUri(), java.net.http.HttpClient.newBuilder()
                    .sslContext(trusting(keyStore)).connectTimeout(Duration.ofSeconds(5)).build());
            AgentSession alice = client.signIn("alice", "pw-alice");
            assertEquals("Offline", AgentSession.stateName(alice.snapshot()));
            assertTrue(client.get("/admin/health", Map.of()).status() == 200);
        }
    }

    /** A self-signed certificate for 127.0.0.1, made with the JDK's own keytool. */
    private Path generateKeyStore() throws Exception {
        Path keyStore = dir.resolve("server.p12");
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        Process process = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "server", "-keyalg", "EC",
                "-groupname", "secp256r1", "-dname", "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2",
                "-storetype", "PKCS12", "-keystore", keyStore.toString(), "-storepass", PASSWORD)
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        assertTrue(process.waitFor(60, TimeUnit.SECONDS), "keytool finished");
        assertEquals(0, process.exitValue(), output);
        return keyStore;
    }

    private static SSLContext trusting(Path keyStorePath) throws Exception {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(keyStorePath)) {
            keyStore.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keyStore);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }
}
