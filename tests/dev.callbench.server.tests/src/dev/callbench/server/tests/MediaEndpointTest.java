package dev.callbench.server.tests;

import static dev.callbench.server.tests.AgentSession.connection;
import static dev.callbench.server.tests.AgentSession.contact;
import static dev.callbench.server.tests.AgentSession.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.google.gson.JsonObject;

import dev.callbench.media.internal.IceServer;
import dev.callbench.media.internal.PcmSource;
import dev.callbench.media.internal.ToneReading;
import dev.callbench.media.internal.ToneSource;
import dev.callbench.tests.support.Coturn;
import dev.callbench.tests.support.Wait;

/**
 * The media endpoint with real media: a softphone (an offering peer, the signaling by hand) calls into the real server
 * over HTTP and WebSocket, relay-only through a coturn of the test's own, and both sides listen to what they get.
 */
class MediaEndpointTest {

    @RegisterExtension
    static final Coturn TURN = new Coturn();

    private static final Duration HEARD_WITHIN = Duration.ofSeconds(10);
    private static final double CALLER_TONE = 440;
    private static final double AGENT_TONE = 1000;
    private static final double SECOND_AGENT_TONE = 1500;
    private static final String TONE_CALL = "{\"queue\":\"Sales\",\"phoneNumber\":\"+15555550100\","
            + "\"audio\":{\"toneHz\":440},\"listenForHz\":[1000]}";
    /** A tone's share of a window that holds two tones, each about half. */
    private static final double SHARE_OF_TWO = 0.25;

    private TestServer server;
    private AgentSession bob;
    private Softphone phone;
    private Softphone secondPhone;

    @BeforeEach
    void startServer() throws Exception {
        server = TestServer.start("{\"offerTimeoutMillis\": 60000, \"outboundAnswerMillis\": 50}",
                "\"softphone\": {\"iceServers\": [{\"urls\": [\"" + TURN.server().url() + "\"], \"username\": \""
                        + TURN.server().username() + "\", \"credential\": \"" + TURN.server().password() + "\"}]},");
        bob = server.available("bob");
    }

    @AfterEach
    void stop() {
        if (phone != null) {
            phone.close();
        }
        if (secondPhone != null) {
            secondPhone.close();
        }
        server.close();
    }

    @Test
    void silenceWhileRingingThenCutThroughThenHoldDtmfAndHangUp() throws Exception {
        String call = ring(TONE_CALL);
        phone.peer().play(new ToneSource(AGENT_TONE, 0.5));
        phone.connect(token(bob, call));
        System.out.println("media endpoint set-up: " + phone.setUpFigures());

        Wait.until("the softphone has received half a second of the ringing call", () -> packetsReceived() >= 25,
                HEARD_WITHIN);
        assertTrue(phone.hears().reading().silent(), "the agent hears silence while it rings: " + phone.hears().reading());
        JsonObject ringing = media(call);
        assertTrue(ringing.get("iceConnected").getAsBoolean(), ringing.toString());
        assertEquals("silence", ringing.get("callerSends").getAsString());
        assertEquals("nothing", ringing.get("callerHears").getAsString());

        long accepted = System.nanoTime();
        bob.ok("AcceptContact", "{\"contactId\":\"" + call + "\"}");
        hears(CALLER_TONE, "the agent hears the caller's tone once accepted");
        System.out.printf("accept to the agent hearing the caller: %.1f ms%n", (System.nanoTime() - accepted) / 1e6);
        Wait.until("the endpoint hears the agent's 1000 Hz", () -> endpointHears(call, AGENT_TONE), HEARD_WITHIN,
                () -> mediaQuietly(call));
        JsonObject talking = media(call);
        assertEquals("tone", talking.get("callerSends").getAsString());
        assertEquals(440, talking.get("callerToneHz").getAsInt());
        assertEquals("agent", talking.get("callerHears").getAsString());
        assertTrue(talking.get("agentLevelDbfs").getAsDouble() > ToneReading.SILENCE_DBFS, talking.toString());

        String customer = id(connection(contact(bob.snapshot(), call).orElseThrow(), "inbound"));
        bob.ok("HoldConnection", leg(call, customer));
        Wait.until("the agent hears silence with the caller on hold", () -> phone.hears().reading().silent(),
                HEARD_WITHIN, () -> phone.hears().reading());
        Wait.until("the endpoint plays hold music to the caller",
                () -> "holdMusic".equals(mediaQuietly(call).get("callerHears").getAsString())
                        && mediaQuietly(call).get("callerHearsDbfs").getAsDouble() > ToneReading.SILENCE_DBFS,
                HEARD_WITHIN, () -> mediaQuietly(call));
        assertEquals("hold", media(call).get("callerSends").getAsString());
        bob.ok("ResumeConnection", leg(call, customer));
        hears(CALLER_TONE, "the agent hears the caller again once resumed");

        phone.peer().play(PcmSource.silence());
        // the tone still on its way (jitter buffer, a loaded machine) would drown the first digit
        Wait.until("the endpoint hears the agent fall silent", () -> mediaQuietly(call).get("agentLevelDbfs")
                .getAsDouble() < ToneReading.SILENCE_DBFS, HEARD_WITHIN, () -> mediaQuietly(call));
        assertTrue(phone.peer().sendDtmf("159#").get(10, TimeUnit.SECONDS), "the softphone can send DTMF");
        Wait.until("the endpoint heard the digits 159#", () -> "159#".equals(
                mediaQuietly(call).get("dtmfDigits").getAsString()), HEARD_WITHIN, () -> mediaQuietly(call));

        String agentLeg = id(connection(contact(bob.snapshot(), call).orElseThrow(), "agent"));
        bob.ok("DestroyConnection", leg(call, agentLeg));
        JsonObject bye = phone.signaling().requestOf("bye");
        phone.signaling().respond(bye);
        Wait.until("the endpoint's peer of the call is closed, its threads gone", () -> !peerThreadsOf(call),
                HEARD_WITHIN);
        assertFalse(media(call).get("media").getAsBoolean(), "no media once the agent hung up");
    }

    @Test
    void aConsultBridgesTheTwoAgentsAndAConferenceAddsTheCaller() throws Exception {
        String call = ring(TONE_CALL);
        phone.peer().play(new ToneSource(AGENT_TONE, 0.3));
        phone.connect(token(bob, call));
        bob.ok("AcceptContact", "{\"contactId\":\"" + call + "\"}");
        hears(CALLER_TONE, "bob hears the caller");

        AgentSession carol = server.available("carol");
        bob.ok("CreateAdditionalConnection", "{\"contactId\":\"" + call + "\",\"endpoint\":{\"type\":\"agent\","
                + "\"endpointARN\":\"" + bob.quickConnectArn("Carol") + "\"}}");
        JsonObject ringing = carol.await("the consult ringing", s -> s.getAsJsonArray("contacts").size() == 1);
        String consult = ringing.getAsJsonArray("contacts").get(0).getAsJsonObject().get("contactId").getAsString();
        secondPhone = Softphone.open(server, consult, token(carol, consult), relay(), CALLER_TONE, AGENT_TONE,
                SECOND_AGENT_TONE);
        secondPhone.peer().play(new ToneSource(SECOND_AGENT_TONE, 0.3));
        secondPhone.connect(token(carol, consult));
        carol.ok("AcceptContact", "{\"contactId\":\"" + consult + "\"}");

        Wait.until("bob hears carol, the caller on hold", () -> phone.hears().reading().hears(SECOND_AGENT_TONE),
                HEARD_WITHIN, () -> phone.hears().reading());
        Wait.until("carol hears bob", () -> secondPhone.hears().reading().hears(AGENT_TONE), HEARD_WITHIN,
                () -> secondPhone.hears().reading());
        assertEquals("holdMusic", media(call).get("callerHears").getAsString());

        bob.ok("ConferenceConnections", "{\"contactId\":\"" + call + "\"}");
        Wait.until("bob hears the caller and carol", () -> hearsBoth(phone, CALLER_TONE, SECOND_AGENT_TONE),
                HEARD_WITHIN, () -> phone.hears().reading());
        Wait.until("carol hears the caller and bob", () -> hearsBoth(secondPhone, CALLER_TONE, AGENT_TONE),
                HEARD_WITHIN, () -> secondPhone.hears().reading());
        assertEquals("agent", media(call).get("callerHears").getAsString());
        assertEquals("tone", media(consult).get("callerSends").getAsString(), "carol's caller is bob's caller");
    }

    @Test
    void theCallersRecordingIsSpeechTheAgentHears() throws Exception {
        String call = ring("{\"queue\":\"Sales\",\"phoneNumber\":\"+15555550100\"}");
        phone.connect(token(bob, call));
        bob.ok("AcceptContact", "{\"contactId\":\"" + call + "\"}");
        Wait.until("the agent hears speech, not silence and not one of the test tones", () -> {
            ToneReading heard = phone.hears().reading();
            return heard.levelDbfs() > -40 && heard.tone().isEmpty();
        }, HEARD_WITHIN, () -> phone.hears().reading());
        assertEquals("recording", media(call).get("callerSends").getAsString());
    }

    @Test
    void anOfferThatIsNoSdpIsRefusedWithInvalidSdp() throws Exception {
        String call = ring(TONE_CALL);
        JsonObject response = phone.inviteWithSdp("v=0\r\nthis is no session description\r\n", token(bob, call));
        assertEquals(400, response.getAsJsonObject("error").get("code").getAsInt(), response.toString());
        assertFalse(media(call).get("media").getAsBoolean(), "nothing is left of the refused offer");
    }

    @Test
    void aCallRequestsAudioIsChecked() throws Exception {
        for (String bad : List.of("\"audio\":{\"toneHz\":10}", "\"audio\":{\"toneHz\":440,\"recording\":true}",
                "\"audio\":{}", "\"audio\":{\"toneHz\":\"loud\"}", "\"listenForHz\":[]", "\"listenForHz\":[1000,1000]",
                "\"listenForHz\":[1000.5]", "\"listenForHz\":[9000]")) {
            HttpAnswer answer = server.client().post("/admin/calls",
                    "{\"queue\":\"Sales\"," + bad + "}", Map.of());
            assertEquals(400, answer.status(), bad + " gives " + answer);
            assertTrue(answer.body().contains("InvalidParameterException"), answer.toString());
        }
        assertEquals(0, server.client().get("/admin/health", Map.of()).json().get("waitingContacts").getAsInt(),
                "no call was placed");
    }

    private String ring(String callRequest) throws Exception {
        String call = server.client().placeCall(callRequest);
        bob.awaitContact(call, "connecting");
        phone = Softphone.open(server, call, token(bob, call), relay(), CALLER_TONE, AGENT_TONE, SECOND_AGENT_TONE);
        return call;
    }

    private static boolean hearsBoth(Softphone softphone, double one, double other) {
        ToneReading heard = softphone.hears().reading();
        return !heard.silent() && heard.shares().get(one) > SHARE_OF_TWO && heard.shares().get(other) > SHARE_OF_TWO;
    }

    private static String token(AgentSession agent, String call) throws Exception {
        return connection(contact(agent.snapshot(), call).orElseThrow(), "agent").getAsJsonObject("softphoneMediaInfo")
                .get("callContextToken").getAsString();
    }

    private static IceServer relay() {
        return new IceServer(List.of(TURN.server().url()), TURN.server().username(), TURN.server().password());
    }

    private void hears(double frequency, String what) {
        Wait.until(what, () -> phone.hears().reading().hears(frequency), HEARD_WITHIN, () -> phone.hears().reading());
    }

    private long packetsReceived() {
        try {
            return phone.statistics().packetsReceived();
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private boolean endpointHears(String call, double frequency) {
        JsonObject view = mediaQuietly(call);
        return view.has("agentToneHz") && !view.get("agentToneHz").isJsonNull()
                && view.get("agentToneHz").getAsInt() == (int) frequency;
    }

    private JsonObject media(String call) throws Exception {
        HttpAnswer answer = server.client().get("/admin/calls/" + call + "/media", Map.of());
        assertEquals(200, answer.status(), answer.toString());
        return answer.json();
    }

    private JsonObject mediaQuietly(String call) {
        try {
            return media(call);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static boolean peerThreadsOf(String call) {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().contains("endpoint-" + call));
    }

    private static String leg(String call, String connectionId) {
        return "{\"contactId\":\"" + call + "\",\"connectionId\":\"" + connectionId + "\"}";
    }
}
