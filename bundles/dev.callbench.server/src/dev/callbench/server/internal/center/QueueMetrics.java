package dev.callbench.server.internal.center;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;

/**
 * What Amazon Connect's real-time metrics (GetCurrentMetricData) say of one queue at one moment. The agents counted
 * are those whose routing profile serves the queue.
 *
 * @param contactsInQueue CONTACTS_IN_QUEUE: contacts waiting in it, transfers to one of its agents included
 * @param oldestContactAge OLDEST_CONTACT_AGE: how long its oldest waiting contact has waited; zero when none waits
 * @param agentsOnline AGENTS_ONLINE: agents whose picked state is anything but offline
 * @param agentsAvailable AGENTS_AVAILABLE: agents in a routable state with no contact at all, who could take one now
 * @param agentsOnContact AGENTS_ON_CONTACT: agents working a contact (dialling, connected or in after-call work),
 *        not merely offered one
 * @param at when they were counted
 */
public record QueueMetrics(Queue queue, int contactsInQueue, Duration oldestContactAge, int agentsOnline,
        int agentsAvailable, int agentsOnContact, Instant at) {

    static QueueMetrics of(Queue queue, int waiting, Optional<Instant> oldestQueuedAt, Collection<Agent> agents,
            Instant now) {
        int online = 0;
        int available = 0;
        int onContact = 0;
        for (Agent agent : agents) {
            if (!agent.profile().serves(queue)) {
                continue;
            }
            online += agent.isOnline() ? 1 : 0;
            available += agent.isAvailable() ? 1 : 0;
            onContact += agent.isOnContact() ? 1 : 0;
        }
        Duration oldest = oldestQueuedAt.map(at -> Duration.between(at, now)).filter(age -> !age.isNegative())
                .orElse(Duration.ZERO);
        return new QueueMetrics(queue, waiting, oldest, online, available, onContact, now);
    }
}
