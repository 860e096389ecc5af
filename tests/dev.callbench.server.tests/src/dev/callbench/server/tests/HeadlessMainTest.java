package dev.callbench.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import dev.callbench.server.internal.LocalContactCenter;
import dev.callbench.server.internal.LocalContactCenterMain;
import dev.callbench.server.internal.LocalContactCenterMain.LaunchException;

/** The headless server starts from a configuration file given on the command line, and says so clearly when it cannot. */
class HeadlessMainTest {

    @TempDir
    Path dir;

    @Test
    void startsFromAConfigFileAndAnswers() throws Exception {
        Path config = Files.writeString(dir.resolve("center.json"), TestServer.config(TestServer.TIMING, ""));
        Path portFile = dir.resolve("port");
        try (LocalContactCenter running = LocalContactCenterMain.launch(new String[] {"--config", config.toString(),
                "--port", "0", "--port-file", portFile.toString()})) {
            int port = Integer.parseInt(Files.readString(portFile));
            assertEquals(running.port(), port);
            HttpDriver client = new HttpDriver(URI.create("http://127.0.0.1:" + port));
            HttpAnswer health = client.get("/admin/health", Map.of());
            assertEquals(200, health.status());
            assertEquals("ok", health.json().get("status").getAsString());
            AgentSession alice = client.signIn("alice", "pw-alice");
            assertEquals("Offline", AgentSession.stateName(alice.snapshot()));
        }
    }

    @Test
    void aLinkPlantedBesideThePortFileIsNotFollowed() throws Exception {
        Path config = Files.writeString(dir.resolve("center.json"), TestServer.config(TestServer.TIMING, ""));
        Path victim = Files.writeString(dir.resolve("victim"), "precious");
        Path portFile = dir.resolve("port");
        Files.createSymbolicLink(dir.resolve("port.partial"), victim);
        try (LocalContactCenter running = LocalContactCenterMain.launch(new String[] {"--config", config.toString(),
                "--port", "0", "--port-file", portFile.toString()})) {
            assertEquals(Integer.toString(running.port()), Files.readString(portFile));
            assertEquals("precious", Files.readString(victim), "the planted link's target is untouched");
        }
    }

    @Test
    void aScenarioFileTurnsOnSimulatedCallers() throws Exception {
        Path config = Files.writeString(dir.resolve("center.json"), TestServer.config(TestServer.TIMING, ""));
        Path scenario = Files.writeString(dir.resolve("scenario.json"), """
                {"enabled": true, "seed": 3, "arrivalsPerMinute": 3000, "queueMix": {"Sales": 1},
                 "talkSeconds": {"min": 60, "max": 60}, "callers": [
                   {"name": "Dana Whitfield", "phoneNumber": "+15555550142", "account": "AC-10042"}]}
                """);
        try (LocalContactCenter running = LocalContactCenterMain.launch(new String[] {"--config", config.toString(),
                "--scenario", scenario.toString()})) {
            AgentSession bob = new HttpDriver(running.baseUri()).signIn("bob", "pw-bob");
            bob.putState("Available");
            var offered = bob.await("a simulated call", s -> !s.getAsJsonArray("contacts").isEmpty());
            var contact = offered.getAsJsonArray("contacts").get(0).getAsJsonObject();
            assertEquals("AC-10042",
                    contact.getAsJsonObject("attributes").getAsJsonObject("account").get("value").getAsString());
            assertEquals("+15555550142", AgentSession.connection(contact, "inbound").getAsJsonObject("endpoint")
                    .get("phoneNumber").getAsString());
        }
    }

    @Test
    void aBrokenConfigFileIsExplainedAndExitsWithTwo() throws Exception {
        Path config = Files.writeString(dir.resolve("broken.json"), """
                {"queues": [{"name": "Sales"}],
                 "routingProfiles": [{"name": "P", "queues": ["Sales"]}],
                 "agents": [{"login": "x", "password": "y", "routingProfile": "Nope"}]}
                """);
        LaunchException e = assertThrows(LaunchException.class,
                () -> LocalContactCenterMain.launch(new String[] {"--config", config.toString()}));
        assertEquals(2, e.exitCode());
        assertTrue(e.getMessage().contains("There is no routing profile named Nope"), e.getMessage());
    }

    @Test
    void aQuickConnectOfferedInAQueueThatDoesNotExistIsExplained() throws Exception {
        Path config = Files.writeString(dir.resolve("unknown-queue.json"), """
                {"queues": [{"name": "Sales"}],
                 "routingProfiles": [{"name": "P", "queues": ["Sales"]}],
                 "agents": [{"login": "x", "password": "y", "routingProfile": "P"}],
                 "quickConnects": [{"name": "Desk", "type": "phone_number", "phoneNumber": "+15555550123",
                                    "offeredIn": ["Salse"]}]}
                """);
        LaunchException e = assertThrows(LaunchException.class,
                () -> LocalContactCenterMain.launch(new String[] {"--config", config.toString()}));
        assertEquals(2, e.exitCode());
        assertTrue(e.getMessage().contains("There is no queue named Salse"), e.getMessage());
    }

    @Test
    void aPortFileThatCannotBeWrittenStopsTheServerWithExitCodeOne() throws Exception {
        Path config = Files.writeString(dir.resolve("center.json"), TestServer.config(TestServer.TIMING, ""));
        Path unwritable = dir.resolve("no-such-folder").resolve("port");
        LaunchException e = assertThrows(LaunchException.class, () -> LocalContactCenterMain.launch(
                new String[] {"--config", config.toString(), "--port-file", unwritable.toString()}));
        assertEquals(1, e.exitCode());
        assertTrue(e.getMessage().startsWith("The local contact center could not start"), e.getMessage());
    }

    @Test
    void aMissingConfigOptionShowsTheUsage() {
        LaunchException e = assertThrows(LaunchException.class,
                () -> LocalContactCenterMain.launch(new String[] {"--port", "0"}));
        assertEquals(2, e.exitCode());
        assertTrue(e.getMessage().startsWith("Usage:"), e.getMessage());
    }
}
