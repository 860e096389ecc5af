package dev.callbench.events.internal;

import java.time.Duration;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads the selection properties of whiteboard services: strings, arrays or collections of strings, numbers. */
final class PropertyValues {

    private PropertyValues() {
    }

    /** The property's values; empty if it is absent. */
    static Set<String> strings(Map<String, ?> properties, String key) {
        Object value = properties.get(key);
        if (value == null) {
            return Set.of();
        }
        if (value instanceof String[] array) {
            return Set.copyOf(Arrays.asList(array));
        }
        if (value instanceof Collection<?> collection) {
            return collection.stream().map(String::valueOf).collect(Collectors.toUnmodifiableSet());
        }
        return Set.of(String.valueOf(value));
    }

    /** A time budget in milliseconds, or the fallback if the property is absent or not a positive number. */
    static Duration millis(Map<String, ?> properties, String key, Duration fallback) {
        Object value = properties.get(key);
        try {
            long millis = value instanceof Number n ? n.longValue() : Long.parseLong(String.valueOf(value).trim());
            return millis > 0 ? Duration.ofMillis(millis) : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
