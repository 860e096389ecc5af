package dev.callbench.events.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The listeners never to be called again until their bundle restarts. */
final class Quarantine {

    private final Map<String, Long> bundleOfKey = new ConcurrentHashMap<>();

    void add(String key, long bundleId) {
        bundleOfKey.put(key, bundleId);
    }

    boolean holds(String key) {
        return bundleOfKey.containsKey(key);
    }

    /** Called when a bundle stops: its listeners get a fresh start when it comes back. */
    void release(long bundleId) {
        bundleOfKey.values().removeIf(id -> id == bundleId);
    }
}
