package dev.callbench.cti.internal.sync;

import dev.callbench.cti.internal.wire.ParsedSnapshot;

/** Where an {@link AgentSession} sends what it learns; called from one thread at a time, in order. */
public interface SessionSink {

    /** One event derived from {@code previous} (null at first) and {@code current}. */
    void changed(Change change, ParsedSnapshot previous, ParsedSnapshot current);

    /** The CTI service cannot be reached; the last good snapshot still stands. */
    void connectionLost(String detail, ParsedSnapshot lastGood);

    /** The CTI service is back; resynchronisation follows as ordinary changes. */
    void connectionRegained(ParsedSnapshot lastGood);

    /** Something went wrong that the agent should know about; the last good snapshot still stands. */
    void problem(SessionProblem problem, String detail, ParsedSnapshot lastGood);

    /** What went wrong, for {@link #problem}. */
    enum SessionProblem {
        BAD_SNAPSHOT, SERVICE_ERROR, SIGN_IN_FAILED
    }
}
