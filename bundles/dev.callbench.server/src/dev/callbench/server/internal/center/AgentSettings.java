package dev.callbench.server.internal.center;

import java.util.Map;

/**
 * What the agent sets in the CCP's settings and Streams sends with {@code UpdateAgentConfiguration}: softphone or desk
 * phone (the desk phone's number in extension), auto-accept of softphone calls, and preferences such as LANGUAGE.
 */
public record AgentSettings(boolean softphoneEnabled, boolean softphoneAutoAccept, String extension,
        Map<String, String> preferences) {

    public AgentSettings {
        extension = extension == null ? "" : extension;
        preferences = Map.copyOf(preferences);
    }

    static AgentSettings initial(boolean softphoneAutoAccept) {
        return new AgentSettings(true, softphoneAutoAccept, "", Map.of("LANGUAGE", "en_US"));
    }
}
