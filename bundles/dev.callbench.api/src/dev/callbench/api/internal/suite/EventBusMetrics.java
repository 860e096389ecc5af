package dev.callbench.api.internal.suite;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What the event bus has done so far.
 *
 * @param eventsPerType events published, per topic ({@code dev/callbench/agent/STATE_CHANGE} ...)
 * @param listeners every listener the bus knows, quarantined ones included
 */
public record EventBusMetrics(Map<String, Long> eventsPerType, List<ListenerMetrics> listeners) {

    public EventBusMetrics {
        eventsPerType = Map.copyOf(eventsPerType);
        listeners = List.copyOf(listeners);
    }

    /** The listeners that are quarantined. */
    public List<ListenerMetrics> quarantined() {
        return listeners.stream().filter(ListenerMetrics::quarantined).toList();
    }

    /**
     * What one listener has done.
     *
     * @param name the listener's class and service id
     * @param bundle the symbolic name of the bundle that registered it
     * @param delivered events it has received
     * @param failures times it threw
     * @param overruns times it took longer than its time budget
     * @param totalTime time spent in it
     * @param maxTime its longest call
     * @param waiting events waiting for it
     * @param quarantined whether it is quarantined: never called again until its bundle restarts
     */
    public record ListenerMetrics(String name, String bundle, long delivered, long failures, long overruns,
            Duration totalTime, Duration maxTime, int waiting, boolean quarantined) {
    }
}
