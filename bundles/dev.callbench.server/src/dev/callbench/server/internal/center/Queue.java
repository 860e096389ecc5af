package dev.callbench.server.internal.center;

/** A queue of the configuration, with its ARN. */
public record Queue(String name, String arn) {
}
