package dev.callbench.api;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * What is happening in one queue now, in Amazon Connect's real-time metrics (its {@code GetCurrentMetricData}
 * operation). The agents counted are those whose routing profile serves the queue.
 *
 * @param queue the queue
 * @param contactsInQueue {@code CONTACTS_IN_QUEUE}: the contacts waiting in it
 * @param oldestContactAge {@code OLDEST_CONTACT_AGE}: how long the contact waiting longest has waited; zero when
 *        none waits
 * @param agentsOnline {@code AGENTS_ONLINE}: the agents in any state but offline
 * @param agentsAvailable {@code AGENTS_AVAILABLE}: the agents who could take a contact now
 * @param agentsOnContact {@code AGENTS_ON_CONTACT}: the agents working a contact
 * @param at when the contact center counted them
 * @since 1.2
 */
public record QueueMetrics(Queue queue, int contactsInQueue, Duration oldestContactAge, int agentsOnline,
        int agentsAvailable, int agentsOnContact, Instant at) {

    public QueueMetrics {
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(oldestContactAge, "oldestContactAge");
        Objects.requireNonNull(at, "at");
    }
}
