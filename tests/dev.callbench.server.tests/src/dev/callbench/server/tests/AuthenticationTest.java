package dev.callbench.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Agents sign in with their password, get tokens that expire and renew, and nothing works without them. */
class AuthenticationTest extends SharedServer {


    @Test
    void wrongPasswordIsRefusedWithAClearMessage() throws Exception {
        HttpAnswer reply = server.client().post("/auth/signin", "{\"username\":\"alice\",\"password\":\"nope\"}", Map.of());
        assertEquals(401, reply.status());
        assertEquals("UnauthorizedException", reply.errorType());
        assertEquals("The user name or the password is wrong.", reply.json().get("message").getAsString());
    }

    @Test
    void fiveWrongPasswordsInARowLockTheLoginAndNoOtherOne() throws Exception {
        try (TestServer own = TestServer.start()) {
            for (int i = 0; i < 5; i++) {
                assertEquals(401, own.client().post("/auth/signin", "{\"username\":\"carol\",\"password\":\"guess-"
                        + i + "\"}", Map.of()).status());
            }
            HttpAnswer locked = own.client().post("/auth/signin",
                    "{\"username\":\"carol\",\"password\":\"pw-carol\"}", Map.of());
            assertEquals(429, locked.status(), locked.body());
            assertEquals("TooManyRequestsException", locked.errorType());
            assertEquals(200, own.client().post("/auth/signin", "{\"username\":\"bob\",\"password\":\"pw-bob\"}",
                    Map.of()).status(), "bob is not locked out by carol's guesses");
        }
    }

    @Test
    void unknownAgentIsRefused() throws Exception {
        HttpAnswer reply = server.client().post("/auth/signin", "{\"username\":\"mallory\",\"password\":\"pw-mallory\"}",
                Map.of());
        assertEquals(401, reply.status());
    }

    @Test
    void everyOperationNeedsAToken() throws Exception {
        for (String operation : new String[] {"GetAgentSnapshot", "GetAgentConfiguration", "PutAgentState",
                "AcceptContact", "ClearContact"}) {
            HttpAnswer reply = server.client().call(null, operation, "{}");
            assertEquals(401, reply.status(), operation);
            assertEquals("UnauthorizedException", reply.errorType(), operation);
        }
    }

    @Test
    void aMadeUpTokenIsRefused() throws Exception {
        HttpAnswer reply = server.client().call("not-a-real-token", "GetAgentSnapshot", "{}");
        assertEquals(401, reply.status());
    }

    @Test
    void theTokenMayComeInTheBodyAsStreamsSendsIt() throws Exception {
        AgentSession alice = server.agent("alice", null);
        HttpAnswer reply = server.client().call(null, "GetAgentConfiguration",
                "{\"authentication\":{\"authToken\":\"" + alice.token() + "\"}}");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals("alice", reply.json().getAsJsonObject("configuration").get("username").getAsString());
    }

    @Test
    void getNewAuthTokenGivesAWorkingToken() throws Exception {
        AgentSession alice = server.agent("alice", null);
        JsonObject renewed = alice.ok("GetNewAuthToken", "{\"refreshToken\":\"" + alice.refreshToken() + "\"}");
        String newToken = renewed.get("newAuthToken").getAsString();
        assertNotEquals(alice.token(), newToken);
        double expires = renewed.get("expirationDateTime").getAsDouble();
        assertTrue(expires > System.currentTimeMillis() / 1000.0, "expiry is in epoch seconds, in the future");
        assertEquals(200, server.client().call(newToken, "GetAgentStates", "{}").status());
    }

    @Test
    void aWrongRefreshTokenGetsNoNewToken() throws Exception {
        AgentSession alice = server.agent("alice", null);
        HttpAnswer reply = alice.call("GetNewAuthToken", "{\"refreshToken\":\"forged\"}");
        assertEquals(401, reply.status());
    }

    @Test
    void theSessionCookieAuthorizesLikeConnectsAuthorizeCall() throws Exception {
        HttpDriver client = server.client();
        HttpResponse<String> signIn = client.raw(HttpRequest.newBuilder(client.base().resolve("/auth/signin"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"bob\",\"password\":\"pw-bob\"}")).build());
        String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        String session = cookie.substring(0, cookie.indexOf(';'));

        HttpAnswer authorized = client.get("/auth/authorize", Map.of("Cookie", session));
        assertEquals(200, authorized.status(), authorized::toString);
        String token = authorized.json().get("accessToken").getAsString();
        assertEquals(200, client.call(token, "GetAgentConfiguration", "{}").status());

        HttpAnswer withCookieOnly = client.post("/api", "{}",
                Map.of("X-Amz-Target", "AmazonConnectCTIService.GetAgentPermissions", "Cookie", session));
        assertEquals(200, withCookieOnly.status(), "CTI calls without a token in them use the session cookie");
        assertEquals(401, client.get("/auth/authorize", Map.of()).status());
    }

    @Test
    void aRenewedAccessTokenEndsNoLaterThanItsSession() throws Exception {
        try (TestServer shortSession = TestServer.start(
                "{\"tokenLifetimeSeconds\": 3600, \"refreshTokenLifetimeSeconds\": 600}", "")) {
            HttpDriver client = shortSession.client();
            HttpResponse<String> signIn = client.raw(HttpRequest.newBuilder(client.base().resolve("/auth/signin"))
                    .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"bob\",\"password\":\"pw-bob\"}"))
                    .build());
            Instant sessionEnds = Instant.parse(JsonParser.parseString(signIn.body()).getAsJsonObject()
                    .get("refreshTokenExpiration").getAsString());
            String cookie = signIn.headers().firstValue("Set-Cookie").orElseThrow();

            String session = cookie.substring(0, cookie.indexOf(';'));
            HttpAnswer renewed = client.get("/auth/authorize", Map.of("Cookie", session));
            Instant tokenEnds = Instant.parse(renewed.json().get("expiration").getAsString());
            assertFalse(tokenEnds.isAfter(sessionEnds), "the token ends " + tokenEnds + ", the session " + sessionEnds);
        }
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        try (TestServer shortLived = TestServer.start("{\"tokenLifetimeSeconds\": 0}", "")) {
            AgentSession alice = shortLived.agent("alice", null);
            HttpAnswer reply = alice.call("GetAgentSnapshot", "{}");
            assertEquals(401, reply.status());
            assertEquals("UnauthorizedException", reply.errorType());
        }
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        HttpDriver client = server.client();
        HttpResponse<String> signIn = client.raw(HttpRequest.newBuilder(client.base().resolve("/auth/signin"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"carol\",\"password\":\"pw-carol\"}"))
                .build());
        String session = signIn.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        String token = com.google.gson.JsonParser.parseString(signIn.body()).getAsJsonObject().get("accessToken")
                .getAsString();
        assertEquals(200, client.post("/auth/signout", "", Map.of("Cookie", session)).status());
        assertEquals(401, client.call(token, "GetAgentConfiguration", "{}").status());
        assertEquals(401, client.get("/auth/authorize", Map.of("Cookie", session)).status());
    }
}
