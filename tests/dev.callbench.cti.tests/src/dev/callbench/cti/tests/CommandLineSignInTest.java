package dev.callbench.cti.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.callbench.cti.connect.CtiSettings;
import dev.callbench.cti.internal.CommandLineSignIn;

/** The sign-in a command line asks for: endpoint and login as framework properties, the password from a file. */
class CommandLineSignInTest {

    private static final String ENDPOINT = "http://127.0.0.1:8080/api";

    @TempDir
    Path dir;

    @Test
    void withoutAnEndpointNobodySignsIn() throws IOException {
        assertTrue(CommandLineSignIn.settings(Map.of(CommandLineSignIn.LOGIN, "agent1")::get).isEmpty());
    }

    @Test
    void thePasswordIsTheFirstLineOfTheFileNamed() throws IOException {
        Path file = Files.writeString(dir.resolve("password"), "secret-1\n");
        Map<String, String> properties = Map.of(CommandLineSignIn.ENDPOINT, ENDPOINT, CommandLineSignIn.LOGIN,
                "agent1", CommandLineSignIn.PASSWORD_FILE, file.toString());
        CtiSettings settings = CommandLineSignIn.settings(properties::get).orElseThrow();
        assertEquals(URI.create(ENDPOINT), settings.endpoint());
        assertEquals("agent1", settings.login());
        assertEquals("secret-1", settings.password());
        assertFalse(settings.toString().contains("secret-1"), settings.toString());
    }

    @Test
    void aPasswordOnTheCommandLineIsNotRead() throws IOException {
        CtiSettings settings = CommandLineSignIn.settings(Map.of(CommandLineSignIn.ENDPOINT, ENDPOINT,
                CommandLineSignIn.LOGIN, "agent1", CommandLineSignIn.RETIRED_PASSWORD, "secret-1")::get).orElseThrow();
        assertNull(settings.password());
    }

    @Test
    void aPasswordFileThatCannotBeReadFailsTheSignIn() {
        Map<String, String> properties = Map.of(CommandLineSignIn.ENDPOINT, ENDPOINT,
                CommandLineSignIn.PASSWORD_FILE, dir.resolve("missing").toString());
        assertThrows(IOException.class, () -> CommandLineSignIn.settings(properties::get));
    }
}
