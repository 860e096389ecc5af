package dev.callbench.api.event;

import java.time.Instant;
import java.util.Objects;

import dev.callbench.api.AgentSnapshot;
import dev.callbench.api.AgentState;
import dev.callbench.api.CallQuality;
import dev.callbench.api.SessionReport;
import dev.callbench.api.SoftphoneError;

/**
 * Something that happened to the agent. {@link #type()} tells what; the types that carry details of their own are
 * records of their own ({@link StateChange}, {@link SoftphoneFailure}, {@link MuteToggle},
 * {@link ContactCenterProblem}), so that a new detail is a new record and breaks none of the others. The other
 * types are {@link Notice}s. A listener that wants a detail matches the record:
 *
 * <pre>{@code
 * if (event instanceof AgentEvent.StateChange change) {
 *     log(change.oldState() + " -> " + change.newState());
 * }
 * }</pre>
 */
public sealed interface AgentEvent extends CallbenchEvent {

    /** The types of agent events, named after Amazon Connect's {@code agent::*} events. */
    public enum Type {
        /** The first snapshot arrived ({@code agent::init}). */
        INIT(Notice.class),
        /** A snapshot arrived ({@code agent::refresh}); sent for every snapshot. */
        REFRESH(Notice.class),
        /** The agent's state type became routable. */
        ROUTABLE(Notice.class),
        /** The agent's state type became not routable. */
        NOT_ROUTABLE(Notice.class),
        /** A contact is pending for the agent (a queued callback). */
        PENDING(Notice.class),
        /** The agent went offline. */
        OFFLINE(Notice.class),
        /** The agent entered an error state ({@code MissedCallAgent}, {@code FailedConnectAgent} ...). */
        ERROR(Notice.class),
        /** The softphone failed; see {@link SoftphoneFailure}. */
        SOFTPHONE_ERROR(SoftphoneFailure.class),
        /** The connection to the contact center was lost. */
        CONNECTION_LOST(Notice.class),
        /** The connection to the contact center is back. */
        CONNECTION_GAINED(Notice.class),
        /** The agent's state changed; see {@link StateChange}. */
        STATE_CHANGE(StateChange.class),
        /** The agent entered after-call work. */
        ACW(Notice.class),
        /** The agent muted or unmuted the softphone; see {@link MuteToggle}. */
        MUTE_TOGGLE(MuteToggle.class),
        /** A next state was enqueued for after the current contact. */
        ENQUEUED_NEXT_STATE(Notice.class),
        /** The enqueued next state was cleared. */
        CLEARED_NEXT_STATE(Notice.class),
        /**
         * Talking to the contact center went wrong in a way the agent should know: the sign-in was refused, an answer
         * could not be read, the service failed. {@link ContactCenterProblem#problem()} says what, in words for the agent; the
         * last good snapshot stays current.
         */
        CONTACT_CENTER_ERROR(ContactCenterProblem.class),
        /**
         * The quality of a softphone call, every second while it has media; see {@link CallQualityUpdate}.
         *
         * @since 2.1
         */
        SOFTPHONE_QUALITY(CallQualityUpdate.class),
        /**
         * A softphone call's media ended, normally or not; see {@link SoftphoneSessionEnded} for its report.
         *
         * @since 2.1
         */
        SOFTPHONE_SESSION_ENDED(SoftphoneSessionEnded.class);

        private final Class<? extends AgentEvent> recordType;

        Type(Class<? extends AgentEvent> recordType) {
            this.recordType = recordType;
        }

        /** The record that events of this type are: {@link Notice} for the types without details of their own. */
        public Class<? extends AgentEvent> recordType() {
            return recordType;
        }
    }

    @Override
    Type type();

    /** An event without details of its own: every type whose {@link Type#recordType()} is this record. */
    record Notice(Type type, AgentSnapshot snapshot, Instant at) implements AgentEvent {
        public Notice {
            Objects.requireNonNull(type, "type");
            requireEvent(snapshot, at);
            if (type.recordType() != Notice.class) {
                throw new IllegalArgumentException(type + " events are " + type.recordType().getSimpleName()
                        + " records, with their details");
            }
        }
    }

    /**
     * The agent's state changed ({@link Type#STATE_CHANGE}).
     *
     * @param oldState the state the agent left; the state entered is {@link #newState()}
     */
    record StateChange(AgentSnapshot snapshot, Instant at, AgentState oldState) implements AgentEvent {
        public StateChange {
            requireEvent(snapshot, at);
            Objects.requireNonNull(oldState, "oldState");
        }

        @Override
        public Type type() {
            return Type.STATE_CHANGE;
        }
    }

    /**
     * The softphone failed ({@link Type#SOFTPHONE_ERROR}).
     *
     * @param error what failed, with a sentence for the agent
     */
    record SoftphoneFailure(AgentSnapshot snapshot, Instant at, SoftphoneError error) implements AgentEvent {
        public SoftphoneFailure {
            requireEvent(snapshot, at);
            Objects.requireNonNull(error, "error");
        }

        @Override
        public Type type() {
            return Type.SOFTPHONE_ERROR;
        }
    }

    /**
     * The agent muted or unmuted the softphone ({@link Type#MUTE_TOGGLE}).
     *
     * @param muted whether the agent is now muted
     */
    record MuteToggle(AgentSnapshot snapshot, Instant at, boolean muted) implements AgentEvent {
        public MuteToggle {
            requireEvent(snapshot, at);
        }

        @Override
        public Type type() {
            return Type.MUTE_TOGGLE;
        }
    }

    /**
     * Talking to the contact center went wrong in a way the agent should know ({@link Type#CONTACT_CENTER_ERROR});
     * the snapshot is the last good one.
     *
     * @param problem what went wrong, in a sentence for the agent
     */
    record ContactCenterProblem(AgentSnapshot snapshot, Instant at, String problem) implements AgentEvent {
        public ContactCenterProblem {
            requireEvent(snapshot, at);
            Objects.requireNonNull(problem, "problem");
        }

        @Override
        public Type type() {
            return Type.CONTACT_CENTER_ERROR;
        }
    }

    /** An event without details, happening when the snapshot was taken. */
    static AgentEvent of(Type type, AgentSnapshot snapshot) {
        return new Notice(type, snapshot, snapshot.takenAt());
    }

    /** The agent went from {@code oldState} to the state in the snapshot. */
    static StateChange stateChange(AgentSnapshot snapshot, AgentState oldState) {
        return new StateChange(snapshot, snapshot.takenAt(), oldState);
    }

    /** The softphone failed. */
    static SoftphoneFailure softphoneError(AgentSnapshot snapshot, SoftphoneError error) {
        return new SoftphoneFailure(snapshot, Instant.now(), error);
    }

    /** The agent muted ({@code true}) or unmuted the softphone. */
    static MuteToggle muteToggle(AgentSnapshot snapshot, boolean muted) {
        return new MuteToggle(snapshot, Instant.now(), muted);
    }

    /** A problem with the contact center, told in a sentence for the agent; the snapshot is the last good one. */
    static ContactCenterProblem contactCenterError(AgentSnapshot snapshot, String problem) {
        return new ContactCenterProblem(snapshot, Instant.now(), problem);
    }

    /** The agent's state in the snapshot: for a {@link StateChange}, the state the agent entered. */
    default AgentState newState() {
        return snapshot().agent().state();
    }

    @Override
    default String subject() {
        return "agent";
    }

    /** The EventAdmin topic of agent events of this type: {@code dev/callbench/agent/STATE_CHANGE} ... */
    static String topicOf(Type type) {
        return CallbenchEvent.topic("agent", type);
    }

    @Override
    default String orderingKey() {
        return "agent";
    }

    /**
     * The quality of a softphone call now ({@link Type#SOFTPHONE_QUALITY}).
     *
     * @since 2.1
     */
    record CallQualityUpdate(AgentSnapshot snapshot, Instant at, CallQuality quality) implements AgentEvent {
        public CallQualityUpdate {
            requireEvent(snapshot, at);
            Objects.requireNonNull(quality, "quality");
        }

        @Override
        public Type type() {
            return Type.SOFTPHONE_QUALITY;
        }
    }

    /**
     * A softphone call's media ended ({@link Type#SOFTPHONE_SESSION_ENDED}), with the session's report.
     *
     * @since 2.1
     */
    record SoftphoneSessionEnded(AgentSnapshot snapshot, Instant at, SessionReport report) implements AgentEvent {
        public SoftphoneSessionEnded {
            requireEvent(snapshot, at);
            Objects.requireNonNull(report, "report");
        }

        @Override
        public Type type() {
            return Type.SOFTPHONE_SESSION_ENDED;
        }
    }

    private static void requireEvent(AgentSnapshot snapshot, Instant at) {
        Objects.requireNonNull(snapshot, "snapshot");
        Objects.requireNonNull(at, "at");
    }
}
