package dev.callbench.softphone.internal.engine;

/**
 * How a media engine process ended: {@code planned} when the workbench stopped it (deactivation, recycling),
 * {@code why} a sentence for the log.
 */
public record EngineExit(long pid, int exitCode, boolean planned, String why) {
}
