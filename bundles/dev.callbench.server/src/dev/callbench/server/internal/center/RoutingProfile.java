package dev.callbench.server.internal.center;

import java.util.List;

public record RoutingProfile(String name, String arn, List<Queue> queues, Queue defaultOutboundQueue) {

    boolean serves(Queue queue) {
        return queues.contains(queue);
    }
}
