package dev.callbench.server.internal.center;

/** Who is calling, as the scenario or the admin request describes them; any part may be null. */
public record Caller(String name, String phoneNumber, String account) {
}
