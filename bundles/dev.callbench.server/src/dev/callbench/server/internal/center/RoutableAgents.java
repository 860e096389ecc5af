package dev.callbench.server.internal.center;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The agents who could take a contact now, by the queues their routing profiles serve. Kept up to date from the
 * agents an operation changed: an agent becomes routable only through an operation that changes their snapshot, and
 * every such operation marks them changed.
 */
final class RoutableAgents {

    private final Map<Queue, Set<Agent>> byQueue = new HashMap<>();
    private final Comparator<Agent> longestIdleFirst;

    RoutableAgents(Collection<Agent> agents) {
        Map<Agent, Integer> order = new HashMap<>();
        agents.forEach(agent -> order.put(agent, order.size()));
        // ties go to the agent configured first
        this.longestIdleFirst = Comparator.comparing(Agent::idleSince).thenComparing(order::get);
        agents.forEach(this::update);
    }

    void update(Agent agent) {
        for (Queue queue : agent.profile().queues()) {
            if (agent.isRoutable()) {
                byQueue.computeIfAbsent(queue, q -> new LinkedHashSet<>()).add(agent);
            } else {
                remove(queue, agent);
            }
        }
    }

    boolean anyFor(Queue queue) {
        return byQueue.containsKey(queue);
    }

    /** The routable agent serving the queue who has been idle longest; agents no longer routable are dropped. */
    Optional<Agent> longestIdle(Queue queue) {
        Set<Agent> agents = byQueue.getOrDefault(queue, Set.of());
        for (Iterator<Agent> it = agents.iterator(); it.hasNext();) {
            if (!it.next().isRoutable()) {
                it.remove();
            }
        }
        if (agents.isEmpty()) {
            byQueue.remove(queue);
        }
        return agents.stream().min(longestIdleFirst);
    }

    private void remove(Queue queue, Agent agent) {
        Set<Agent> agents = byQueue.get(queue);
        if (agents != null && agents.remove(agent) && agents.isEmpty()) {
            byQueue.remove(queue);
        }
    }
}
