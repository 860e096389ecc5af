package dev.callbench.events.internal;

import java.util.Map;
import java.util.TreeMap;

import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.CallbenchEvent;
import dev.callbench.api.event.ContactEvent;

/** Events published, per topic. Guarded by the dispatcher's publish lock. */
final class EventCounters {

    private final long[] agentEvents = new long[AgentEvent.Type.values().length];
    private final long[] contactEvents = new long[ContactEvent.Type.values().length];

    void count(CallbenchEvent event) {
        if (event instanceof AgentEvent agentEvent) { // not a pattern switch: it costs more on every publish
            agentEvents[agentEvent.type().ordinal()]++;
        } else if (event instanceof ContactEvent contactEvent) {
            contactEvents[contactEvent.type().ordinal()]++;
        }
    }

    Map<String, Long> snapshot() {
        Map<String, Long> counts = new TreeMap<>();
        for (AgentEvent.Type type : AgentEvent.Type.values()) {
            put(counts, AgentEvent.topicOf(type), agentEvents[type.ordinal()]);
        }
        for (ContactEvent.Type type : ContactEvent.Type.values()) {
            put(counts, ContactEvent.topicOf(type), contactEvents[type.ordinal()]);
        }
        return counts;
    }

    private static void put(Map<String, Long> counts, String topic, long count) {
        if (count > 0) {
            counts.put(topic, count);
        }
    }
}
