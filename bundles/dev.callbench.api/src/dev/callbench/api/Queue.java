package dev.callbench.api;

import java.util.Objects;

/**
 * A queue contacts wait in until an agent takes them.
 *
 * @param arn the contact center's identifier of the queue
 * @param name the queue's name, shown to the agent; empty for an agent's own queue (a transfer to that agent), which
 *            has no name in Amazon Connect
 */
public record Queue(String arn, String name) {

    public Queue {
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(name, "name");
    }
}
