package dev.callbench.server.internal.center;

/** How long things take in the simulated contact center. */
public record Timing(long offerTimeoutMillis, long outboundAnswerMillis) {
}
