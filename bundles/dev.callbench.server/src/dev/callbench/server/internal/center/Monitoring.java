package dev.callbench.server.internal.center;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What makes a supervisor's contact a monitoring one: the contact they listen in on, the monitored agent's name (what
 * Connect's {@code monitoringInfo} shows them), what they may do ({@code SILENT_MONITOR}, {@code BARGE}) and when they
 * joined.
 */
record Monitoring(Contact monitored, String agentName, Set<String> capabilities, Instant joinedAt) {

    static final String SILENT_MONITOR = "SILENT_MONITOR";
    static final String BARGE = "BARGE";
    static final List<String> MODES = List.of(SILENT_MONITOR, BARGE);

    Monitoring {
        capabilities = Set.copyOf(capabilities);
    }
}
