package dev.callbench.cti.internal.sync;

import dev.callbench.cti.internal.wire.CtiCallException;
import dev.callbench.cti.internal.wire.MalformedSnapshotException;
import dev.callbench.cti.internal.wire.ParsedSnapshot;

/** What the {@link PollLoop} reports, one call at a time. */
public interface PollListener {

    /** A good snapshot, in order. */
    void snapshot(ParsedSnapshot snapshot);

    /** A snapshot that cannot be used; the last good one still stands. */
    void badSnapshot(MalformedSnapshotException problem);

    /** The service answered with an error (it is reachable); polling goes on after a pause. */
    void pollFailed(CtiCallException failure);

    /** The service cannot be reached; polling goes on in the background. */
    void connectionLost(CtiCallException failure);

    /** The service answers again after {@link #connectionLost}; the next snapshot follows at once. */
    void connectionRegained();
}
