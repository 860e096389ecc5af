package dev.callbench.softphone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.google.gson.JsonObject;

import dev.callbench.api.Connection;
import dev.callbench.api.SoftphoneMediaInfo;
import dev.callbench.api.event.CallbenchEvent;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.api.service.ContactCenter;
import dev.callbench.cti.connect.CtiSettings;
import dev.callbench.cti.connect.CtiTimings;
import dev.callbench.cti.internal.CtiClient;
import dev.callbench.softphone.internal.engine.EngineProcess;
import dev.callbench.softphone.internal.session.SessionArguments;
import dev.callbench.tests.support.LocalContactCenterExtension;
import dev.callbench.tests.support.Wait;

/**
 * What goes wrong on the way to a call's media, each met for real by the real media engine process: the session
 * fails with connect-rtc-js's reason and Streams' error type, and the engine takes the next call. The agent signs in
 * with a CTI client of the test's own (no contact center service, so the softphone component stays out of it).
 */
class SessionFaultsTest {

    @RegisterExtension
    static final LocalContactCenterExtension CENTER = new LocalContactCenterExtension("""
            {
              "host": "127.0.0.1", "port": 0,
              "queues": [{"name": "Sales"}],
              "routingProfiles": [{"name": "Sales", "queues": ["Sales"]}],
              "agents": [{"login": "carol", "password": "pw-carol", "name": "Carol", "routingProfile": "Sales"}]
            }
            """);

    private final List<JsonObject> events = new ArrayList<>();
    private final List<Offer> offered = new ArrayList<>();
    private EngineProcess engine;
    private CtiClient agent;

    @BeforeEach
    void signInAndStartAnEngine() throws Exception {
        engine = EngineProcess.start(Engines.real());
        engine.addEventListener((name, fields) -> record(name, fields));
        agent = CtiClient.connect(new CtiSettings(URI.create(CENTER.baseUri() + "/api"), "carol", "pw-carol",
                CtiTimings.standard()), HttpClient.newHttpClient(), Executors.newSingleThreadScheduledExecutor(),
                this::contactEvent, problem -> {
                }, () -> null).get(AgentDesk.WAIT.toSeconds(), TimeUnit.SECONDS);
        ContactCenter center = agent.contactCenter();
        center.setState(Wait.forValue("carol's first snapshot", center::snapshot, AgentDesk.WAIT).agent()
                .selectableState("Available").orElseThrow()).toCompletableFuture().join();
    }

    /** The caller hangs up, so that the agent is free for the next test's call. */
    @AfterEach
    void stop() throws Exception {
        for (Offer offer : offered) {
            HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(CENTER.baseUri() + "/admin/calls/"
                    + offer.contactId() + "/hangup")).POST(HttpRequest.BodyPublishers.noBody()).build(),
                    HttpResponse.BodyHandlers.discarding());
        }
        agent.close();
        Engines.stop(engine);
    }

    @Test
    void aForgedCallContextTokenIsASignallingHandshakeFailure() throws Exception {
        Offer media = ringing();
        start(media, args -> args.addProperty("callContextToken", "forged"));
        assertFailed("SIGNALLING_HANDSHAKE_FAILURE", "signalling_handshake_failure");
    }

    @Test
    void aSignalingEndpointThatIsDownIsASignallingConnectionFailure() throws Exception {
        Offer media = ringing();
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        start(media, args -> args.addProperty("signalingEndpoint", "ws://127.0.0.1:" + closedPort + "/signaling"));
        assertFailed("SIGNALLING_CONNECTION_FAILURE", "signalling_connection_failure");
    }

    @Test
    void aWrongTurnPasswordIsAnIceCollectionTimeout() throws Exception {
        Offer media = ringing();
        start(media, args -> args.getAsJsonArray("iceServers").get(0).getAsJsonObject().addProperty("credential",
                "not-the-password"));
        assertFailed("ICE_COLLECTION_TIMEOUT", "ice_collection_timeout");
    }

    @Test
    void anAnswerThatIsNoSdpIsAWebRtcError() throws Exception {
        Offer media = ringing();
        try (MisbehavingSignaling server = MisbehavingSignaling.answeringWith("v=0\r\nthis is no sdp\r\n")) {
            start(media, args -> args.addProperty("signalingEndpoint", server.endpoint().toString()));
            assertFailed("SET_REMOTE_DESCRIPTION_FAILURE", "webrtc_error");
        }
    }

    @Test
    void anAnswerWithoutSdpIsAnInvalidRemoteSdp() throws Exception {
        Offer media = ringing();
        try (MisbehavingSignaling server = MisbehavingSignaling.answeringWith("")) {
            start(media, args -> args.addProperty("signalingEndpoint", server.endpoint().toString()));
            assertFailed("INVALID_REMOTE_SDP", "webrtc_error");
        }
    }

    /** A contact offered to the agent's softphone, with its media info as the snapshot has it. */
    private record Offer(String contactId, SoftphoneMediaInfo media) {
    }

    /** A call rings for the agent. */
    private Offer ringing() throws Exception {
        String contactId = SoftphoneCallTest.placeCall(CENTER);
        return Wait.forValue("the call ringing for carol", () -> offeredFor(contactId), AgentDesk.WAIT);
    }

    private synchronized Optional<Offer> offeredFor(String contactId) {
        return offered.stream().filter(offer -> offer.contactId().equals(contactId)).findFirst();
    }

    private synchronized void contactEvent(CallbenchEvent event) {
        if (event instanceof ContactEvent contact && contact.type() == ContactEvent.Type.CONNECTING) {
            contact.contact().connections().stream().map(Connection::softphone).flatMap(Optional::stream)
                    .findFirst().ifPresent(media -> offered.add(new Offer(contact.contactId(), media)));
        }
    }

    /** Starts the offer's session in the engine, with its arguments spoilt as the test says. */
    private void start(Offer offer, Consumer<JsonObject> spoil) throws Exception {
        SoftphoneMediaInfo media = offer.media();
        JsonObject args = new JsonObject();
        args.addProperty("contactId", offer.contactId());
        args.addProperty("signalingEndpoint", media.signalingEndpoint().toString());
        args.addProperty("callContextToken", media.callContextToken());
        args.add("iceServers", SessionArguments.iceServers(media));
        spoil.accept(args);
        CompletableFuture<JsonObject> started = engine.request("session.start", args);
        started.get(AgentDesk.WAIT.toSeconds(), TimeUnit.SECONDS);
    }

    private synchronized void record(String name, JsonObject fields) {
        JsonObject event = fields.deepCopy();
        event.addProperty("event", name);
        events.add(event);
    }

    private void assertFailed(String reason, String softphoneErrorType) {
        JsonObject failed = Wait.forValue("the session to fail with " + reason, () -> first(
                e -> "session.failed".equals(SoftphoneCallTest.text(e, "event"))), AgentDesk.WAIT);
        assertEquals(reason, SoftphoneCallTest.text(failed, "reason"), failed.toString());
        assertEquals(softphoneErrorType, SoftphoneCallTest.text(failed, "softphoneErrorType"), failed.toString());
        JsonObject ended = Wait.forValue("the failed session's report", () -> first(
                e -> "session.ended".equals(SoftphoneCallTest.text(e, "event"))), AgentDesk.WAIT);
        assertEquals(reason, SoftphoneCallTest.text(ended.getAsJsonObject("report"), "failure"), ended.toString());
    }

    private synchronized Optional<JsonObject> first(Predicate<JsonObject> wanted) {
        return events.stream().filter(wanted).findFirst();
    }
}
