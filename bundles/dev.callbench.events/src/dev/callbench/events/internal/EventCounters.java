package dev.callbench.events.internal;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

import dev.callbench.api.event.CallbenchEvent;

/** Events published, per topic. */
final class EventCounters {

    private final Map<String, LongAdder> perTopic = new ConcurrentHashMap<>();

    void count(CallbenchEvent event) {
        perTopic.computeIfAbsent(event.topic(), topic -> new LongAdder()).increment();
    }

    Map<String, Long> snapshot() {
        Map<String, Long> copy = new TreeMap<>();
        perTopic.forEach((topic, count) -> copy.put(topic, count.sum()));
        return copy;
    }
}
