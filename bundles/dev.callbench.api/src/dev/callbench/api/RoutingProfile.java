package dev.callbench.api;

import java.util.List;
import java.util.Objects;

/**
 * Which queues route contacts to an agent, and where the agent's outbound calls are placed.
 *
 * @param arn the contact center's identifier of the routing profile
 * @param name the profile's name
 * @param defaultOutboundQueue the queue outbound calls go through
 * @param queues the queues the agent takes contacts from
 */
public record RoutingProfile(String arn, String name, Queue defaultOutboundQueue, List<Queue> queues) {

    public RoutingProfile {
        Objects.requireNonNull(arn, "arn");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(defaultOutboundQueue, "defaultOutboundQueue");
        queues = List.copyOf(queues);
    }
}
