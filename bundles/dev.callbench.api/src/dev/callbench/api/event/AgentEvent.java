package dev.callbench.api.event;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import dev.callbench.api.AgentSnapshot;
import dev.callbench.api.AgentState;
import dev.callbench.api.SoftphoneError;

/**
 * Something that happened to the agent. The type tells what; {@link #oldState()}, {@link #softphoneError()} and
 * {@link #muted()} and {@link #problem()} carry the details of the types that have them.
 *
 * @param type what happened
 * @param snapshot the snapshot the event was computed from
 * @param at when it happened
 * @param oldState for {@link Type#STATE_CHANGE}, the state the agent left; {@code null} otherwise
 * @param softphoneError for {@link Type#SOFTPHONE_ERROR}, the failure; {@code null} otherwise
 * @param muted for {@link Type#MUTE_TOGGLE}, whether the agent is now muted; {@code false} otherwise
 * @param problem for {@link Type#CONTACT_CENTER_ERROR}, what went wrong, in a sentence for the agent; {@code null}
 *        otherwise
 */
public record AgentEvent(Type type, AgentSnapshot snapshot, Instant at, AgentState oldState,
        SoftphoneError softphoneError, boolean muted, String problem) implements CallbenchEvent {

    /** The types of agent events, named after Amazon Connect's {@code agent::*} events. */
    public enum Type {
        /** The first snapshot arrived ({@code agent::init}). */
        INIT,
        /** A snapshot arrived ({@code agent::refresh}); sent for every snapshot. */
        REFRESH,
        /** The agent's state type became routable. */
        ROUTABLE,
        /** The agent's state type became not routable. */
        NOT_ROUTABLE,
        /** A contact is pending for the agent (a queued callback). */
        PENDING,
        /** The agent went offline. */
        OFFLINE,
        /** The agent entered an error state ({@code MissedCallAgent}, {@code FailedConnectAgent} ...). */
        ERROR,
        /** The softphone failed. */
        SOFTPHONE_ERROR,
        /** The connection to the contact center was lost. */
        CONNECTION_LOST,
        /** The connection to the contact center is back. */
        CONNECTION_GAINED,
        /** The agent's state changed; see {@link AgentEvent#oldState()} and {@link AgentEvent#newState()}. */
        STATE_CHANGE,
        /** The agent entered after-call work. */
        ACW,
        /** The agent muted or unmuted the softphone; see {@link AgentEvent#muted()}. */
        MUTE_TOGGLE,
        /** A next state was enqueued for after the current contact. */
        ENQUEUED_NEXT_STATE,
        /** The enqueued next state was cleared. */
        CLEARED_NEXT_STATE,
        /**
         * Talking to the contact center went wrong in a way the agent should know: the sign-in was refused, an answer
         * could not be read, the service failed. {@link AgentEvent#problem()} says what, in words for the agent; the
         * last good snapshot stays current.
         */
        CONTACT_CENTER_ERROR
    }

    public AgentEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(at, "at");
        requireDetail(type == Type.STATE_CHANGE, oldState, "oldState");
        requireDetail(type == Type.SOFTPHONE_ERROR, softphoneError, "softphoneError");
        requireDetail(type == Type.CONTACT_CENTER_ERROR, problem, "problem");
    }

    private static void requireDetail(boolean needed, Object detail, String name) {
        if (needed != (detail != null)) {
            throw new IllegalArgumentException(name + (needed ? " is required" : " is only for its own type"));
        }
    }

    /** An event without details, happening when the snapshot was taken. */
    public static AgentEvent of(Type type, AgentSnapshot snapshot) {
        return new AgentEvent(type, snapshot, snapshot.takenAt(), null, null, false, null);
    }

    /** The agent went from {@code oldState} to the state in the snapshot. */
    public static AgentEvent stateChange(AgentSnapshot snapshot, AgentState oldState) {
        return new AgentEvent(Type.STATE_CHANGE, snapshot, snapshot.takenAt(), oldState, null, false, null);
    }

    /** The softphone failed. */
    public static AgentEvent softphoneError(AgentSnapshot snapshot, SoftphoneError error) {
        return new AgentEvent(Type.SOFTPHONE_ERROR, snapshot, Instant.now(), null, error, false, null);
    }

    /** The agent muted ({@code true}) or unmuted the softphone. */
    public static AgentEvent muteToggle(AgentSnapshot snapshot, boolean muted) {
        return new AgentEvent(Type.MUTE_TOGGLE, snapshot, Instant.now(), null, null, muted, null);
    }

    /** A problem with the contact center, told in a sentence for the agent; the snapshot is the last good one. */
    public static AgentEvent contactCenterError(AgentSnapshot snapshot, String problem) {
        return new AgentEvent(Type.CONTACT_CENTER_ERROR, snapshot, Instant.now(), null, null, false, problem);
    }

    /** The agent's state in the snapshot: for {@link Type#STATE_CHANGE}, the state the agent entered. */
    public AgentState newState() {
        return snapshot.agent().state();
    }

    /** The softphone failure of a {@link Type#SOFTPHONE_ERROR} event. */
    public Optional<SoftphoneError> softphoneFailure() {
        return Optional.ofNullable(softphoneError);
    }

    @Override
    public String subject() {
        return "agent";
    }

    /** The EventAdmin topic of agent events of this type: {@code dev/callbench/agent/STATE_CHANGE} ... */
    public static String topicOf(Type type) {
        return CallbenchEvent.topic("agent", type);
    }

    @Override
    public String orderingKey() {
        return "agent";
    }
}
