package dev.callbench.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.callbench.tests.support.Wait;

/**
 * The local contact center starts Debian's coturn on loopback and gives each call credentials of its own, which the
 * real coturn accepts until they expire; it stops coturn when it closes. Driven over HTTP as a softphone's CTI client
 * does, and with a TURN client that does what a softphone's ICE agent does.
 */
class TurnRelayTest {

    private static final Pattern TURN_URL = Pattern.compile("turn:127\\.0\\.0\\.1:(\\d+)\\?transport=udp");
    private static final long DEFAULT_LIFETIME_SECONDS = 4 * 3_600;

    @Test
    void aCallsCredentialsAreItsOwnAndCoturnRelaysWithThemOnLoopback() throws Exception {
        try (TestServer server = TestServer.start()) {
            RingingCall call = RingingCall.forAlice(server);
            TurnServer turn = call.turnServer();

            assertTrue(TURN_URL.matcher(turn.url()).matches(), turn.url());
            assertTrue(turn.username().endsWith(":" + call.contactId()), turn.username());
            long lifetime = turn.expiry() - Instant.now().getEpochSecond();
            assertTrue(lifetime > DEFAULT_LIFETIME_SECONDS - 60 && lifetime <= DEFAULT_LIFETIME_SECONDS,
                    "valid for the default four hours, not " + lifetime + " s");

            try (TurnClient softphone = TurnClient.of(turn.url());
                    DatagramSocket mediaEndpoint = new DatagramSocket(new InetSocketAddress(loopback(), 0))) {
                TurnClient.Answer allocation = softphone.allocate(turn.username(), turn.credential());
                assertTrue(allocation.succeeded(), "coturn refused the call's credentials: " + allocation);
                assertEquals(loopback(), allocation.relayed().getAddress());

                InetSocketAddress peer = (InetSocketAddress) mediaEndpoint.getLocalSocketAddress();
                assertEquals(0, softphone.createPermission(peer), "a loopback peer is allowed");
                softphone.send(peer, "first packet".getBytes(StandardCharsets.UTF_8));
                mediaEndpoint.setSoTimeout(5_000);
                DatagramPacket relayed = new DatagramPacket(new byte[100], 100);
                mediaEndpoint.receive(relayed);
                assertEquals("first packet", new String(relayed.getData(), 0, relayed.getLength(),
                        StandardCharsets.UTF_8));
                assertEquals(allocation.relayed(), relayed.getSocketAddress(), "it came through the relay");
            }
        }
    }

    @Test
    void eachContactKeepsItsOwnCredentialsFromSnapshotToSnapshot() throws Exception {
        try (TestServer server = TestServer.start()) {
            RingingCall aliceCall = RingingCall.forAlice(server);
            AgentSession bob = server.available("bob");
            String bobCall = server.placeCall("Sales");
            TurnServer other = TurnServer.only(iceServers(bob.awaitContact(bobCall, "connecting"), bobCall));

            assertNotEquals(aliceCall.turnServer().username(), other.username());
            assertNotEquals(aliceCall.turnServer().credential(), other.credential());
            assertEquals(aliceCall.iceServers(), iceServers(aliceCall.alice().snapshot(), aliceCall.contactId()),
                    "the next snapshot shows the same ones");
        }
    }

    @Test
    void aWrongCredentialIsRefused() throws Exception {
        try (TestServer server = TestServer.start()) {
            TurnServer turn = RingingCall.forAlice(server).turnServer();

            String credential = turn.credential();
            String wrong = (credential.charAt(0) == 'A' ? "B" : "A") + credential.substring(1);
            assertEquals(401, allocate(turn.url(), turn.username(), wrong).errorCode());
            String longer = (turn.expiry() + 3_600) + turn.username().substring(turn.username().indexOf(':'));
            assertEquals(401, allocate(turn.url(), longer, turn.credential()).errorCode(),
                    "a later expiry needs the secret");
        }
    }

    @Test
    void anExpiredCredentialIsRefused() throws Exception {
        try (TestServer server = TestServer.start(TestServer.TIMING, "\"turn\": {\"credentialLifetimeSeconds\": 1},")) {
            TurnServer turn = RingingCall.forAlice(server).turnServer();

            Wait.until("the credentials' expiry has passed", () -> Instant.now().getEpochSecond() > turn.expiry(),
                    Duration.ofSeconds(5));
            // coturn reads its clock once a second: the refusal can come up to a second after the expiry
            Wait.until("coturn refuses the expired credentials with 401", () -> allocateQuietly(turn).errorCode() == 401,
                    Duration.ofSeconds(5), () -> allocateQuietly(turn));
        }
    }

    private static TurnClient.Answer allocateQuietly(TurnServer turn) {
        try {
            return allocate(turn.url(), turn.username(), turn.credential());
        } catch (Exception e) {
            throw new AssertionError("the allocation could not be tried", e);
        }
    }

    @Test
    void anAgentsSoftphoneGetsCredentialsOfItsOwnFromCreateTransport() throws Exception {
        try (TestServer server = TestServer.start()) {
            TurnServer turn = TurnServer.only(softphoneTransport(server.agent("alice", null)));

            assertTrue(turn.username().endsWith(":alice"), turn.username());
            assertTrue(allocate(turn.url(), turn.username(), turn.credential()).succeeded());
        }
    }

    @Test
    void coturnListensOnLoopbackOnlyAndEndsWithTheContactCenter() throws Exception {
        Set<ProcessHandle> before = turnservers();
        ProcessHandle coturn;
        try (TestServer server = TestServer.start()) {
            Set<ProcessHandle> started = turnservers();
            started.removeAll(before);
            assertEquals(1, started.size(), "one coturn for the contact center: " + started);
            coturn = started.iterator().next();

            Matcher url = TURN_URL.matcher(TurnServer.only(softphoneTransport(server.agent("alice", null))).url());
            assertTrue(url.matches());
            String port = ":" + url.group(1);
            List<String> udp = socketsOf(coturn, "udp");
            List<String> tcp = socketsOf(coturn, "tcp");
            assertTrue(udp.contains("127.0.0.1" + port) && tcp.contains("127.0.0.1" + port), udp + " " + tcp);
            assertTrue(Stream.concat(udp.stream(), tcp.stream()).allMatch(socket -> socket.startsWith("127.0.0.1:")),
                    "every socket coturn holds is bound to loopback: " + udp + " " + tcp);
        }
        assertFalse(coturn.isAlive(), "coturn (pid " + coturn.pid() + ") outlived the contact center");
    }

    @Test
    void configuredIceServersWinAndNoCoturnIsStarted() throws Exception {
        Set<ProcessHandle> before = turnservers();
        String teamTurn = """
                "softphone": {"iceServers": [{"urls": ["turn:turn.team.example:3478?transport=udp"],
                                              "username": "team", "credential": "team-credential"}]},
                """;
        try (TestServer server = TestServer.start(TestServer.TIMING, teamTurn)) {
            RingingCall call = RingingCall.forAlice(server);

            assertEquals("turn:turn.team.example:3478?transport=udp", call.turnServer().url());
            assertEquals("team", call.turnServer().username());
            assertEquals(call.iceServers(), softphoneTransport(call.alice()));
            Set<ProcessHandle> after = turnservers();
            after.removeAll(before);
            assertEquals(Set.of(), after, "no coturn was started");
        }
    }

    @Test
    void withoutCoturnTheContactCenterRunsSaysSoAndGivesNoIceServers() throws Exception {
        String missing = "\"turn\": {\"turnserver\": \"/nonexistent/turnserver\"},";
        StandardError log = StandardError.capture();
        TestServer started;
        try {
            started = TestServer.start(TestServer.TIMING, missing);
        } finally {
            log.release();
        }
        try (TestServer server = started) {
            assertTrue(log.text().contains("Calls will have no audio: coturn (/nonexistent/turnserver) is not"
                    + " installed; install the Debian package coturn."), log.text());
            assertEquals(new JsonArray(), RingingCall.forAlice(server).iceServers());
        }
    }

    private static TurnClient.Answer allocate(String url, String username, String credential) throws IOException {
        try (TurnClient client = TurnClient.of(url)) {
            return client.allocate(username, credential);
        }
    }

    /** A call ringing for alice, and the ICE servers its softphone media info gives her. */
    private record RingingCall(AgentSession alice, String contactId, JsonArray iceServers) {

        static RingingCall forAlice(TestServer server) throws Exception {
            AgentSession alice = server.available("alice");
            String contactId = server.placeCall("BasicQueue");
            return new RingingCall(alice, contactId,
                    TurnRelayTest.iceServers(alice.awaitContact(contactId, "connecting"), contactId));
        }

        TurnServer turnServer() {
            return TurnServer.only(iceServers);
        }
    }

    /** One ICE server, as a softphone reads it. */
    private record TurnServer(String url, String username, String credential) {

        /** The one server of the list. */
        static TurnServer only(JsonArray servers) {
            assertEquals(1, servers.size(), servers::toString);
            JsonObject server = servers.get(0).getAsJsonObject();
            return new TurnServer(server.getAsJsonArray("urls").get(0).getAsString(),
                    server.get("username").getAsString(), server.get("credential").getAsString());
        }

        /** When the credentials expire, from the user name (the TURN REST API's {@code <expiry>:<holder>}). */
        long expiry() {
            return Long.parseLong(username.substring(0, username.indexOf(':')));
        }
    }

    private static JsonArray iceServers(JsonObject snapshot, String contactId) {
        JsonObject contact = AgentSession.contact(snapshot, contactId).orElseThrow();
        String callConfig = AgentSession.connection(contact, "agent").getAsJsonObject("softphoneMediaInfo")
                .get("callConfigJson").getAsString();
        return JsonParser.parseString(callConfig).getAsJsonObject().getAsJsonArray("iceServers");
    }

    /** The ICE servers CreateTransport gives the agent's softphone, asked for as Streams' softphone does. */
    private static JsonArray softphoneTransport(AgentSession agent) throws Exception {
        return agent.ok("CreateTransport", "{\"transportType\":\"softphone\",\"softphoneClientId\":\"test-softphone\"}")
                .getAsJsonObject("softphoneTransport").getAsJsonArray("softphoneMediaConnections");
    }

    /** The turnserver processes this JVM started, as ps shows them. */
    private static Set<ProcessHandle> turnservers() {
        return ProcessHandle.current().children()
                .filter(child -> child.info().command().orElse("").endsWith("/turnserver"))
                .collect(Collectors.toSet());
    }

    /**
     * The local addresses ({@code 127.0.0.1:3478}) of the process's sockets of this protocol, as ss -p lists them: the
     * system's socket table, kept to the sockets the process holds open.
     */
    private static List<String> socketsOf(ProcessHandle process, String protocol) throws IOException {
        Set<String> held = new HashSet<>();
        try (Stream<Path> descriptors = Files.list(Path.of("/proc", Long.toString(process.pid()), "fd"))) {
            for (Path descriptor : descriptors.toList()) {
                try {
                    String target = Files.readSymbolicLink(descriptor).toString();
                    if (target.startsWith("socket:[")) {
                        held.add(target.substring("socket:[".length(), target.length() - 1));
                    }
                } catch (NoSuchFileException closedMeanwhile) {
                    // not held any more
                }
            }
        }
        List<String> sockets = new ArrayList<>();
        for (String table : List.of(protocol, protocol + "6")) {
            List<String> lines = Files.readAllLines(Path.of("/proc/net", table));
            for (String line : lines.subList(1, lines.size())) { // below the heading
                String[] columns = line.trim().split("\\s+"); // [1] local address, [9] inode
                if (held.contains(columns[9])) {
                    sockets.add(address(columns[1]));
                }
            }
        }
        return sockets;
    }

    /** The kernel writes an address as hex words (IPv4: one, IPv6: four), each lowest byte first, then the port. */
    private static String address(String hex) throws IOException {
        String[] parts = hex.split(":");
        byte[] bytes = new byte[parts[0].length() / 2];
        for (int i = 0; i < bytes.length; i++) {
            int digit = (i / 4) * 8 + (3 - i % 4) * 2;
            bytes[i] = (byte) Integer.parseInt(parts[0].substring(digit, digit + 2), 16);
        }
        return InetAddress.getByAddress(bytes).getHostAddress() + ":" + Integer.parseInt(parts[1], 16);
    }

    private static InetAddress loopback() throws IOException {
        return InetAddress.getByName("127.0.0.1");
    }
}
