package dev.callbench.tests.support;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.util.concurrent.TimeUnit;

import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A self-signed certificate for 127.0.0.1 in a PKCS#12 key store, made with the JDK's own keytool, for a local contact
 * center that speaks HTTPS (its {@code tls} configuration) and the clients that trust it: Java through
 * {@link #trustingContext()}, Node through the PEM file of {@link #exportCertificate(Path)} (NODE_EXTRA_CA_CERTS).
 */
public final class SelfSignedKeyStore {

    public static final String PASSWORD = "changeit-test";

    private final Path file;

    private SelfSignedKeyStore(Path file) {
        this.file = file;
    }

    public static SelfSignedKeyStore create(Path dir) throws IOException, InterruptedException {
        Path keyStore = dir.resolve("server.p12");
        keytool("-genkeypair", "-alias", "server", "-keyalg", "EC", "-groupname", "secp256r1", "-dname",
                "CN=127.0.0.1", "-ext", "SAN=ip:127.0.0.1", "-validity", "2", "-storetype", "PKCS12", "-keystore",
                keyStore.toString(), "-storepass", PASSWORD);
        return new SelfSignedKeyStore(keyStore);
    }

    public Path file() {
        return file;
    }

    /** The {@code "tls": {...},} member of a server configuration that serves this certificate. */
    public String tlsConfig() {
        return "\"tls\": {\"keyStore\": \"" + file.toString().replace("\\", "\\\\") + "\", \"keyStorePassword\": \""
                + PASSWORD + "\"},";
    }

    /** Writes the certificate as PEM into dir and returns the file. */
    public Path exportCertificate(Path dir) throws IOException, InterruptedException {
        Path pem = dir.resolve("server.pem");
        keytool("-exportcert", "-rfc", "-alias", "server", "-keystore", file.toString(), "-storepass", PASSWORD,
                "-file", pem.toString());
        return pem;
    }

    /** A TLS context that trusts this certificate (and nothing else). */
    public SSLContext trustingContext() throws IOException, GeneralSecurityException {
        KeyStore keyStore = KeyStore.getInstance("PKCS12");
        try (InputStream in = Files.newInputStream(file)) {
            keyStore.load(in, PASSWORD.toCharArray());
        }
        TrustManagerFactory trust = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        trust.init(keyStore);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, trust.getTrustManagers(), null);
        return context;
    }

    private static void keytool(String... arguments) throws IOException, InterruptedException {
        Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
        String[] command = new String[arguments.length + 1];
        command[0] = keytool.toString();
        System.arraycopy(arguments, 0, command, 1, arguments.length);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IOException("keytool " + arguments[0] + " failed: " + output);
        }
    }
}
