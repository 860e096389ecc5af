package dev.callbench.server.internal.center;

import java.time.Instant;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.NavigableSet;
import java.util.Optional;
import java.util.TreeSet;

/**
 * The contacts waiting to be offered, oldest first: each in its queue's line, or, a transfer to one agent, in that
 * agent's line. Adding, removing and finding the oldest cost the same however many wait.
 */
final class WaitingContacts {

    /** A waiting contact; arrival breaks ties between contacts queued at the same instant, first come first. */
    record Entry(Contact contact, Instant queuedAt, long arrival, Queue queue, Agent directedTo,
            NavigableSet<Entry> line) {
    }

    static final Comparator<Entry> OLDEST_FIRST = Comparator.comparing(Entry::queuedAt)
            .thenComparingLong(Entry::arrival);

    private final Map<Contact, Entry> entries = new HashMap<>();
    private final Map<Queue, NavigableSet<Entry>> byQueue = new HashMap<>();
    private final Map<Agent, NavigableSet<Entry>> byAgent = new HashMap<>();
    private final Map<Queue, Integer> inQueue = new HashMap<>();
    private long arrivals;

    void add(Contact contact) {
        remove(contact);
        NavigableSet<Entry> line = contact.directedTo() == null
                ? byQueue.computeIfAbsent(contact.queue(), q -> new TreeSet<>(OLDEST_FIRST))
                : byAgent.computeIfAbsent(contact.directedTo(), a -> new TreeSet<>(OLDEST_FIRST));
        Entry entry = new Entry(contact, contact.queuedAt(), arrivals++, contact.queue(), contact.directedTo(),
                line);
        entries.put(contact, entry);
        line.add(entry);
        inQueue.merge(contact.queue(), 1, Integer::sum);
    }

    void remove(Contact contact) {
        Entry entry = entries.remove(contact);
        if (entry == null) {
            return;
        }
        entry.line().remove(entry);
        if (entry.line().isEmpty() && entry.directedTo() == null) {
            byQueue.remove(entry.queue());
        } else if (entry.line().isEmpty()) {
            byAgent.remove(entry.directedTo());
        }
        inQueue.computeIfPresent(entry.queue(), (q, n) -> n == 1 ? null : n - 1);
    }

    /** How many contacts wait in the queue, transfers to one of its agents included. */
    int count(Queue queue) {
        return inQueue.getOrDefault(queue, 0);
    }

    int size() {
        return entries.size();
    }

    /** The queues that have a contact waiting for any of their agents. */
    Collection<Queue> queues() {
        return byQueue.keySet();
    }

    /** The agents that have a contact waiting for them alone. */
    Collection<Agent> directedAgents() {
        return byAgent.keySet();
    }

    Optional<Entry> oldestIn(Queue queue) {
        return Optional.ofNullable(byQueue.get(queue)).map(NavigableSet::first);
    }

    Optional<Entry> oldestFor(Agent agent) {
        return Optional.ofNullable(byAgent.get(agent)).map(NavigableSet::first);
    }
}
