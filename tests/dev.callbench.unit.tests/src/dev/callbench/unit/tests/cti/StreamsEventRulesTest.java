package dev.callbench.unit.tests.cti;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.callbench.cti.internal.sync.Change;
import dev.callbench.cti.internal.sync.SnapshotDiff;
import dev.callbench.cti.internal.sync.SnapshotView;
import dev.callbench.cti.internal.sync.SnapshotView.ContactView;

/**
 * The events derived from snapshot differences are those the unmodified Streams library fires for the same
 * snapshots (the sequence recorded by running Streams 2.28.2, in the project's notes on the CTI wire format).
 */
class StreamsEventRulesTest {

    private static final String CALL = "5d1c2b3a-0000-4000-8000-00000000c001";

    @Test
    void aWholeCallGivesStreamsEventsInStreamsOrder() {
        SnapshotDiff diff = new SnapshotDiff();
        assertEquals(List.of("agent::init", "agent::refresh", "agent::offline", "agent::state_change"),
                names(diff.advance(agent("Offline", "offline"))));
        assertEquals(List.of("agent::refresh", "agent::routable", "agent::state_change"),
                names(diff.advance(agent("Available", "routable"))));
        assertEquals(List.of("agent::refresh", "agent::state_change", "contact::init", "contact::incoming",
                "contact::refresh"), names(diff.advance(agent("PendingBusy", "system", call("incoming")))));
        assertEquals(List.of("agent::refresh", "contact::connecting", "contact::refresh"),
                names(diff.advance(agent("PendingBusy", "system", call("connecting")))));
        assertEquals(List.of("agent::refresh", "agent::state_change", "contact::connected", "contact::refresh"),
                names(diff.advance(agent("Busy", "system", call("connected")))));
        assertEquals(List.of("agent::refresh", "agent::state_change", "agent::acw", "contact::acw",
                "contact::ended", "contact::refresh"),
                names(diff.advance(agent("AfterCallWork", "system", call("ended")))));
        assertEquals(List.of("agent::refresh", "agent::routable", "agent::state_change", "contact::destroyed"),
                names(diff.advance(agent("Available", "routable"))));
    }

    @Test
    void aMissedCallEndsThenIsMissedAndTheAgentIsInError() {
        SnapshotDiff diff = new SnapshotDiff();
        diff.advance(agent("PendingBusy", "system", call("connecting")));
        assertEquals(List.of("agent::refresh", "agent::state_change", "agent::error", "contact::ended",
                "contact::missed", "contact::refresh"),
                names(diff.advance(agent("MissedCallAgent", "error", call("missed")))));
        assertEquals(List.of("agent::refresh", "agent::routable", "agent::state_change", "contact::destroyed"),
                names(diff.advance(agent("Available", "routable"))));
    }

    @Test
    void aContactGoneBeforeItEndedStillGetsItsEndedEvent() {
        SnapshotDiff diff = new SnapshotDiff();
        diff.advance(agent("Busy", "system", call("connected")));
        assertEquals(List.of("agent::refresh", "contact::ended", "contact::destroyed"),
                names(diff.advance(agent("Busy", "system"))));
    }

    @Test
    void anErrorFromConnectingIsErrorMissedEnded() {
        SnapshotDiff diff = new SnapshotDiff();
        diff.advance(agent("PendingBusy", "system", call("connecting")));
        assertEquals(List.of("agent::refresh", "contact::error", "contact::missed", "contact::ended",
                "contact::refresh"), names(diff.advance(agent("PendingBusy", "system", call("error")))));
    }

    @Test
    void aContactSeenFirstWhenAlreadyEndedGivesInitAndAcwOnly() {
        SnapshotDiff diff = new SnapshotDiff();
        diff.advance(agent("Available", "routable"));
        assertEquals(List.of("agent::refresh", "agent::state_change", "agent::acw", "contact::init",
                "contact::acw", "contact::refresh"),
                names(diff.advance(agent("AfterCallWork", "system", call("ended")))));
        assertEquals(List.of("agent::refresh", "agent::routable", "agent::state_change", "contact::destroyed"),
                names(diff.advance(agent("Available", "routable"))));
    }

    @Test
    void theEnqueuedNextStateIsReportedWhenSetAndWhenCleared() {
        SnapshotDiff diff = new SnapshotDiff();
        diff.advance(new SnapshotView("Busy", "system", null, List.of()));
        assertEquals(List.of("agent::refresh", "agent::enqueued_next_state"),
                names(diff.advance(new SnapshotView("Busy", "system", "Offline", List.of()))));
        assertEquals(List.of("agent::refresh", "agent::cleared_next_state"),
                names(diff.advance(new SnapshotView("Busy", "system", null, List.of()))));
    }

    private static SnapshotView agent(String name, String type, ContactView... contacts) {
        return new SnapshotView(name, type, null, List.of(contacts));
    }

    private static ContactView call(String state) {
        return new ContactView(CALL, state);
    }

    static List<String> names(List<Change> changes) {
        return changes.stream().map(StreamsEventRulesTest::name).toList();
    }

    private static String name(Change change) {
        return switch (change) {
            case Change.OfAgent agent -> "agent::" + agent.kind().name().toLowerCase();
            case Change.OfContact contact -> "contact::" + contact.kind().name().toLowerCase();
        };
    }
}
