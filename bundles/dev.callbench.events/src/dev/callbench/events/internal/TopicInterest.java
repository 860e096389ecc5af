package dev.callbench.events.internal;

import java.util.Collection;

import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.CallbenchEvent;
import dev.callbench.api.event.ContactEvent;

/**
 * Which Callbench topics some EventAdmin handler subscribes to, worked out once from the handlers' topic patterns
 * (a whole topic, a prefix ending in {@code /*}, or {@code *}, as EventAdmin matches them), so that the bridge only
 * builds and posts the events someone will receive.
 */
final class TopicInterest {

    static final TopicInterest NONE = new TopicInterest(new boolean[AgentEvent.Type.values().length],
            new boolean[ContactEvent.Type.values().length]);

    private final boolean[] agentTypes;
    private final boolean[] contactTypes;

    private TopicInterest(boolean[] agentTypes, boolean[] contactTypes) {
        this.agentTypes = agentTypes;
        this.contactTypes = contactTypes;
    }

    static TopicInterest of(Collection<String> patterns) {
        boolean[] agentTypes = new boolean[AgentEvent.Type.values().length];
        for (AgentEvent.Type type : AgentEvent.Type.values()) {
            agentTypes[type.ordinal()] = anyMatches(patterns, AgentEvent.topicOf(type));
        }
        boolean[] contactTypes = new boolean[ContactEvent.Type.values().length];
        for (ContactEvent.Type type : ContactEvent.Type.values()) {
            contactTypes[type.ordinal()] = anyMatches(patterns, ContactEvent.topicOf(type));
        }
        return new TopicInterest(agentTypes, contactTypes);
    }

    boolean wants(CallbenchEvent event) {
        if (event instanceof AgentEvent agentEvent) {
            return agentTypes[agentEvent.type().ordinal()];
        }
        return contactTypes[((ContactEvent) event).type().ordinal()];
    }

    private static boolean anyMatches(Collection<String> patterns, String topic) {
        for (String pattern : patterns) {
            if (matches(pattern.trim(), topic)) {
                return true;
            }
        }
        return false;
    }

    static boolean matches(String pattern, String topic) {
        if (pattern.equals("*")) {
            return true;
        }
        if (pattern.endsWith("/*")) {
            return topic.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return pattern.equals(topic);
    }
}
