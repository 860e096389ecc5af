package dev.callbench.server.internal.center;

/**
 * How long things take in the simulated contact center. {@code afterContactWorkMillis}: how long an agent may stay in
 * after-call work before the contact is cleared for them, as Connect's ACW timeout does; 0 for no limit.
 */
public record Timing(long offerTimeoutMillis, long outboundAnswerMillis, long afterContactWorkMillis) {
}
