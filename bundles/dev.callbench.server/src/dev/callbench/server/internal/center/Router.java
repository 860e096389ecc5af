package dev.callbench.server.internal.center;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Queued contacts and who gets them: the contact that waited longest goes to the routable agent, among those whose
 * routing profile serves its queue, who has been idle longest. An agent who does not accept in time misses the
 * contact (MissedCallAgent, the contact {@code error} in their snapshot) and it goes back to its queue.
 */
final class Router {

    private final Directory directory;
    private final Timers timers;
    private final Timing timing;
    private final Supplier<String> ids;
    private final List<Contact> waiting = new ArrayList<>();

    Router(Directory directory, Timers timers, Timing timing, Supplier<String> ids) {
        this.directory = directory;
        this.timers = timers;
        this.timing = timing;
        this.ids = ids;
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

    void dispatch(Work work) {
        waiting.sort(Comparator.comparing(Contact::queuedAt));
        for (Contact contact : List.copyOf(waiting)) {
            longestIdle(contact).ifPresent(agent -> offer(contact, agent, work));
        }
    }

    private Optional<Agent> longestIdle(Contact contact) {
        if (contact.directedTo() != null) {
            return Optional.of(contact.directedTo()).filter(Agent::isRoutable);
        }
        return directory.agents().stream().filter(a -> a.isRoutable() && a.profile().serves(contact.queue()))
                .min(Comparator.comparing(Agent::idleSince));
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
