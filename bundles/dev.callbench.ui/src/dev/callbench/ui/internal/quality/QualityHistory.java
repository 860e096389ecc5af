package dev.callbench.ui.internal.quality;

import java.util.ArrayDeque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import dev.callbench.api.CallQuality;
import dev.callbench.api.SessionReport;

/**
 * The quality of the softphone call measured last, second by second (its newest {@value #CAPACITY} seconds), and the
 * report of the session that ended last. Fed and read on the UI thread only.
 */
public final class QualityHistory {

    static final int CAPACITY = 300;

    private final ArrayDeque<CallQuality> samples = new ArrayDeque<>();
    private final List<Runnable> watchers = new CopyOnWriteArrayList<>();
    private SessionReport lastReport;

    /** A new second of a call; the first of another call starts its history afresh. */
    void add(CallQuality quality) {
        if (!samples.isEmpty() && !samples.peekLast().contactId().equals(quality.contactId())) {
            samples.clear();
        }
        if (samples.size() == CAPACITY) {
            samples.removeFirst();
        }
        samples.addLast(quality);
        changed();
    }

    void ended(SessionReport report) {
        lastReport = report;
        changed();
    }

    /** The call's samples, oldest first. */
    List<CallQuality> samples() {
        return List.copyOf(samples);
    }

    Optional<SessionReport> lastReport() {
        return Optional.ofNullable(lastReport);
    }

    /** Runs {@code onChange} after each change until the returned stop runs. */
    Runnable watch(Runnable onChange) {
        watchers.add(onChange);
        return () -> watchers.remove(onChange);
    }

    private void changed() {
        watchers.forEach(Runnable::run);
    }
}
