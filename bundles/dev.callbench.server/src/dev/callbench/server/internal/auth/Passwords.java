package dev.callbench.server.internal.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.Map;

/** The agents' passwords from the configuration, kept as digests and compared in constant time. */
public final class Passwords {

    private final Map<String, byte[]> digests = new HashMap<>();

    public Passwords(Map<String, String> passwordsByLogin) {
        passwordsByLogin.forEach((login, password) -> digests.put(login, digest(password)));
    }

    boolean matches(String login, String password) {
        byte[] expected = digests.get(login);
        byte[] given = digest(password == null ? "" : password);
        return expected != null & MessageDigest.isEqual(given, expected == null ? new byte[given.length] : expected);
    }

    private static byte[] digest(String text) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
