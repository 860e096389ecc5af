package dev.callbench.server.internal.center;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import dev.callbench.server.internal.center.WaitingContacts.Entry;

/**
 * Queued contacts and who gets them: the contact that waited longest goes to the routable agent, among those whose
 * routing profile serves its queue, who has been idle longest. An agent who does not accept in time misses the
 * contact (MissedCallAgent, the contact {@code error} in their snapshot) and it goes back to its queue.
 * <p>
 * Routing runs on change: after each operation only the agents it changed are looked at again, and only the oldest
 * contact of each queue, so an operation costs the same with ten or ten thousand contacts waiting. A queue holds at
 * most its {@code maxContacts}; a contact offered and missed or rejected always gets its place back.
 */
final class Router {

    private final Directory directory;
    private final Timers timers;
    private final Timing timing;
    private final Supplier<String> ids;
    private final WaitingContacts waiting = new WaitingContacts();
    private final RoutableAgents routable;

    Router(Directory directory, Timers timers, Timing timing, Supplier<String> ids) {
        this.directory = directory;
        this.timers = timers;
        this.timing = timing;
        this.ids = ids;
        this.routable = new RoutableAgents(directory.agents());
    }

    /** Whether the queue can take one more contact from outside (a caller, a transfer). */
    boolean hasRoom(Queue queue) {
        return waiting.count(queue) < directory.maxContacts(queue);
    }

    void enqueue(Contact contact, Queue queue, Work work) {
        contact.enqueue(queue, work.now());
        waiting.add(contact);
    }

    void remove(Contact contact) {
        waiting.remove(contact);
    }

    int waitingCount() {
        return waiting.size();
    }

    QueueMetrics metrics(Queue queue, Collection<Agent> agents, Instant now) {
        return QueueMetrics.of(queue, waiting.count(queue), waiting.oldestIn(queue).map(Entry::queuedAt), agents, now);
    }

    /** Offers waiting contacts to the agents free for them, oldest contact first, until no pair is left. */
    void dispatch(Work work) {
        List.copyOf(work.changed()).forEach(routable::update);
        for (Optional<Entry> next = oldestOfferable(); next.isPresent(); next = oldestOfferable()) {
            Contact contact = next.get().contact();
            Optional<Agent> agent = contact.directedTo() != null ? Optional.of(contact.directedTo())
                    : routable.longestIdle(contact.queue());
            agent.ifPresent(a -> offer(contact, a, work));
        }
    }

    /** The oldest contact that a routable agent could take now: of a queue that has one, or for an agent who is. */
    private Optional<Entry> oldestOfferable() {
        Entry oldest = null;
        for (Queue queue : waiting.queues()) {
            if (routable.anyFor(queue)) {
                oldest = older(oldest, waiting.oldestIn(queue).orElseThrow());
            }
        }
        for (Agent agent : waiting.directedAgents()) {
            if (agent.isRoutable()) {
                oldest = older(oldest, waiting.oldestFor(agent).orElseThrow());
            }
        }
        return Optional.ofNullable(oldest);
    }

    private static Entry older(Entry a, Entry b) {
        return a == null || WaitingContacts.OLDEST_FIRST.compare(b, a) < 0 ? b : a;
    }

    private void offer(Contact contact, Agent agent, Work work) {
        waiting.remove(contact);
        contact.assignTo(agent);
        contact.add(new Connection(ids.get(), ConnectionType.AGENT, false, Endpoint.agent(), null,
                ConnectionState.CONNECTING, work.now()));
        contact.moveTo(contact.type() == ContactType.QUEUE_CALLBACK ? ContactState.INCOMING : ContactState.CONNECTING,
                work.now());
        agent.add(contact);
        agent.refreshShownState(work.now());
        work.touched(agent);
        routable.update(agent);
        long offer = contact.nextOffer();
        timers.forContact(contact, timing.offerTimeoutMillis(), w -> missIfStillOffered(contact, agent, offer, w));
    }

    private void missIfStillOffered(Contact contact, Agent agent, long offer, Work work) {
        if (contact.isOffer(offer) && contact.agent() == agent && contact.state().isOffered()) {
            agent.replace(contact, contact.frozenCopy(ContactState.ERROR, work.now(), true));
            work.touched(agent);
            enqueue(contact, contact.queue(), work);
        }
    }
}
