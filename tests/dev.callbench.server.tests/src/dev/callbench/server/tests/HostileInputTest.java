package dev.callbench.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.google.gson.Gson;
import com.google.gson.JsonObject;

import dev.callbench.server.internal.LocalContactCenter;
import dev.callbench.server.internal.config.ConfigLoader;

/**
 * Values an attacker chooses, on every endpoint that takes them: attributes beyond Amazon Connect's 32 KB (one
 * request with too many, or too large), and strings made to forge log lines or fill the log. Each is answered as the
 * protocol says, changes nothing, and the server's log (captured here) holds no injected line, no password and no token.
 * The server takes bodies of 64 KB here, so that the attribute limit, not the body limit, is what refuses.
 */
class HostileInputTest {

    private static final Gson GSON = new Gson();
    private static final String FORGED = "FORGED-LINE admin signed in";
    private static final String INJECTION = "c-1\n2026-12-02 12:00:00 [main] INFO " + FORGED + "\r\n" + FORGED
            + "\u2028" + FORGED;
    private static TestServer server;

    @BeforeAll
    static void start() throws Exception {
        String config = TestServer.config(TestServer.TIMING, "").replace("\"maxBodyBytes\": 4096",
                "\"maxBodyBytes\": 65536");
        server = TestServer.of(LocalContactCenter.start(new ConfigLoader().parse(config)));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void tooManyAttributesInOneUpdateAreRefusedWhole() throws Exception {
        AgentSession alice = server.available("alice");
        String call = server.connectedCall(alice, "BasicQueue");
        JsonObject many = new JsonObject();
        for (int i = 0; i < 1_200; i++) {
            many.addProperty("key-" + i, "value-of-attribute-" + i);
        }
        HttpAnswer refused = alice.call("UpdateContactAttributes",
                "{\"contactId\":\"" + call + "\",\"attributes\":" + many + "}");
        assertEquals(400, refused.status(), refused.body());
        assertEquals("InvalidParameterException", refused.errorType());
        JsonObject contact = AgentSession.contact(alice.snapshot(), call).orElseThrow();
        assertTrue(contact.getAsJsonObject("attributes").isEmpty(), "nothing of the request was kept");
    }

    @Test
    void anAdminCallWithAttributesBeyondTheLimitIsNotPlaced() throws Exception {
        int waitingBefore = waiting();
        String refusedBody = "{\"queue\":\"Sales\",\"attributes\":{\"big\":" + GSON.toJson("x".repeat(40_000)) + "}}";
        HttpAnswer refused = server.client().post("/admin/calls", refusedBody, Map.of());
        assertEquals(400, refused.status(), refused.body());
        assertEquals("InvalidParameterException", refused.errorType());
        assertEquals(waitingBefore, waiting(), "no call was placed");
    }

    @Test
    void injectedLinesSecretsAndHugeValuesStayOutOfTheLog() throws Exception {
        AgentSession bob = server.agent("bob", "Break");
        String text;
        try (ServerLog log = ServerLog.atInfo()) {
            assertEquals(404, bob.call("AcceptContact", "{\"contactId\":" + GSON.toJson(INJECTION) + "}").status());
            assertEquals(404, bob.call("SendSoftphoneCallReport", "{\"contactId\":" + GSON.toJson(INJECTION)
                    + ",\"report\":{}}").status());
            assertEquals(404, bob.call("AcceptContact", "{\"contactId\":" + GSON.toJson("y".repeat(30_000)) + "}")
                    .status());
            assertEquals(404, server.client().post("/admin/calls", "{\"queue\":" + GSON.toJson(INJECTION) + "}",
                    Map.of()).status());
            for (int i = 0; i < 6; i++) {
                server.client().post("/auth/signin", "{\"username\":" + GSON.toJson(INJECTION)
                        + ",\"password\":\"wrong-password-value\"}", Map.of());
            }
            server.client().signIn("carol", "pw-carol");
            text = log.text();
        }
        assertTrue(text.contains("Refused AcceptContact"), "the log was captured: " + text);
        assertTrue(text.contains("\\u000a"), "the injected newline is escaped: " + text);
        for (String line : text.split("\\R")) {
            assertFalse(line.startsWith("2026-12-02 12:00:00") || line.startsWith(FORGED), "forged line: " + line);
            assertTrue(line.length() < 2_000, "a line of " + line.length() + " characters");
        }
        for (String secret : new String[] { "pw-carol", "pw-bob", "wrong-password-value", bob.token(),
            bob.refreshToken() }) {
            assertFalse(text.contains(secret), "a secret in the log: " + secret);
        }
    }

    private static int waiting() throws Exception {
        return server.client().get("/admin/health", Map.of()).json().get("waitingContacts").getAsInt();
    }
}
