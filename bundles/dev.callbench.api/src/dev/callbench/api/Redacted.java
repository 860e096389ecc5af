package dev.callbench.api;

/** Keeps secrets out of {@code toString()}, and so out of every log line. */
final class Redacted {

    private Redacted() {
    }

    static String mark(String secret) {
        return secret == null ? "null" : "(redacted)";
    }
}
