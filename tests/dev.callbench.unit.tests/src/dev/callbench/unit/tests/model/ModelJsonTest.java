package dev.callbench.unit.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import dev.callbench.api.AgentSnapshot;
import dev.callbench.api.Connection;
import dev.callbench.api.ConnectionState;
import dev.callbench.api.ConnectionType;
import dev.callbench.api.Contact;
import dev.callbench.api.ContactState;
import dev.callbench.api.ContactType;
import dev.callbench.api.IceServer;
import dev.callbench.api.RtpStreamStats;
import dev.callbench.api.SessionFailure;
import dev.callbench.api.SessionReport;
import dev.callbench.api.SessionTimings;
import dev.callbench.api.SoftphoneCallType;
import dev.callbench.api.SoftphoneError;
import dev.callbench.api.SoftphoneErrorType;
import dev.callbench.api.SoftphoneMediaInfo;
import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.json.internal.ModelJson;
import dev.callbench.json.internal.ModelJsonException;
import dev.callbench.tests.support.ModelFixtures;

/** The model's JSON form: what is written reads back equal, and malformed text is refused with a clear message. */
class ModelJsonTest {

    private final ModelJson json = new ModelJson();

    @Test
    void aSoftphoneCallSnapshotRoundTrips() {
        AgentSnapshot snapshot = ModelFixtures.snapshot(softphoneCall());
        String text = json.write(snapshot);
        assertEquals(snapshot, json.read(text, AgentSnapshot.class));
        assertTrue(text.contains("\"takenAt\":\"2024-04-25T16:01:02.100Z\""), text);
    }

    @Test
    void eventsRoundTrip() {
        Contact call = softphoneCall();
        AgentSnapshot snapshot = ModelFixtures.snapshot(call);
        AgentEvent stateChange = AgentEvent.stateChange(snapshot, ModelFixtures.AVAILABLE);
        AgentEvent softphoneError = new AgentEvent.SoftphoneFailure(snapshot, Instant.parse("2024-04-25T16:01:03Z"),
                new SoftphoneError(SoftphoneErrorType.ICE_COLLECTION_TIMEOUT, "No audio path was found.", "c-1"));
        ContactEvent connecting = ContactEvent.of(ContactEvent.Type.CONNECTING, call, snapshot);

        assertEquals(stateChange, json.read(json.write(stateChange), AgentEvent.class));
        assertEquals(softphoneError, json.read(json.write(softphoneError), AgentEvent.class));
        assertEquals(connecting, json.read(json.write(connecting), ContactEvent.class));
    }

    @Test
    void aSessionReportRoundTrips() {
        SessionTimings timings = new SessionTimings(Duration.ofMillis(12), Duration.ofMillis(30), Duration.ofMillis(115),
                Duration.ofMillis(8), Duration.ofMillis(40), Duration.ofMillis(210), Duration.ofSeconds(95), null,
                Duration.ofMillis(35));
        RtpStreamStats inbound = new RtpStreamStats("audio_input", Instant.parse("2024-04-25T16:02:40Z"), 4750, 12,
                0.25, 48L, 9L, 0, 380_000);
        SessionReport report = new SessionReport("c-1", Instant.parse("2024-04-25T16:01:00Z"),
                Instant.parse("2024-04-25T16:02:41Z"), timings, SessionFailure.HANDSHAKING, 1, false, List.of(inbound));

        assertEquals(report, json.read(json.write(report), SessionReport.class));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "not JSON                | {\"queue\": | Not a valid Queue",
            "trailing garbage        | {\"arn\":\"q\",\"name\":\"Sales\"} extra | Not a valid Queue",
            "missing required field  | {\"arn\":\"q\"} | the required field 'name' is missing or null",
            "empty text              | '' | the text is empty or null" })
    void malformedQueuesAreRefusedClearly(String why, String text, String expected) {
        ModelJsonException refused = assertThrows(ModelJsonException.class,
                () -> json.read(text, dev.callbench.api.Queue.class));
        assertTrue(refused.getMessage().contains(expected), refused.getMessage());
    }

    @Test
    void anUnknownContactStateIsRefusedWithItsPlace() {
        String text = json.write(ModelFixtures.voiceCall("c-1", ModelFixtures.SALES, Map.of())).replace("\"CONNECTING\"",
                "\"RINGING\"");
        ModelJsonException refused = assertThrows(ModelJsonException.class, () -> json.read(text, Contact.class));
        assertTrue(refused.getMessage().contains("unknown ContactState 'RINGING' at $.state"), refused.getMessage());
    }

    @Test
    void anAgentEventIsReadAsTheRecordItsTypeNames() {
        AgentEvent muted = AgentEvent.muteToggle(ModelFixtures.snapshot(), true);
        String text = json.write(muted);
        assertTrue(text.contains("\"type\":\"MUTE_TOGGLE\""), text);
        assertEquals(muted, json.read(text, AgentEvent.class));

        ModelJsonException unknown = assertThrows(ModelJsonException.class,
                () -> json.read(text.replace("MUTE_TOGGLE", "SNEEZE"), AgentEvent.class));
        assertTrue(unknown.getMessage().contains("unknown Type 'SNEEZE'"), unknown.getMessage());
        ModelJsonException untyped = assertThrows(ModelJsonException.class,
                () -> json.read(text.replace("\"type\"", "\"kind\""), AgentEvent.class));
        assertTrue(untyped.getMessage().contains("an agent event needs its type"), untyped.getMessage());
    }

    @Test
    void aBadTimestampIsRefusedWithItsPlace() {
        String text = json.write(ModelFixtures.snapshot()).replace("2024-04-25T16:01:02.100Z", "yesterday");
        ModelJsonException refused = assertThrows(ModelJsonException.class,
                () -> json.read(text, AgentSnapshot.class));
        assertTrue(refused.getMessage().contains("'yesterday' at $.takenAt is not a valid Instant"),
                refused.getMessage());
    }

    @Test
    void secretsNeverShowInTextForLogs() {
        Contact call = softphoneCall();
        String logged = ContactEvent.of(ContactEvent.Type.CONNECTING, call, ModelFixtures.snapshot(call)).toString();
        assertTrue(logged.contains("signalingEndpoint=wss://rtc.example.invalid/LilyRTC"), logged);
        assertTrue(!logged.contains("CTX-SECRET") && !logged.contains("TURN-SECRET"), logged);
    }

    private static Contact softphoneCall() {
        Instant since = Instant.parse("2024-04-25T16:01:00Z");
        SoftphoneMediaInfo media = new SoftphoneMediaInfo(SoftphoneCallType.AUDIO_ONLY, false, "CTX-SECRET",
                URI.create("wss://rtc.example.invalid/LilyRTC"),
                List.of(new IceServer(List.of("turn:127.0.0.1:3478?transport=udp"), "agent", "TURN-SECRET")));
        Connection agentLeg = new Connection("c-1-agent", ConnectionType.AGENT, ConnectionState.CONNECTING, since,
                false, null, false, media);
        return new Contact("c-1", "c-1", ContactType.VOICE, ContactState.CONNECTING, since, ModelFixtures.SALES,
                since.minusSeconds(5), Map.of("customerTier", "gold"), List.of(agentLeg));
    }
}
