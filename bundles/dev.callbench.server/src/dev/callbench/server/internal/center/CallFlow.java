package dev.callbench.server.internal.center;

import static dev.callbench.server.internal.center.CenterException.Kind.ACCESS_DENIED;
import static dev.callbench.server.internal.center.CenterException.Kind.INVALID_STATE;
import static dev.callbench.server.internal.center.CenterException.Kind.NOT_FOUND;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import dev.callbench.server.internal.Messages;

/** The live contacts and the transitions that several actions share. Runs under the contact center's lock. */
final class CallFlow {

    private final Map<String, Contact> live = new HashMap<>();
    private final Directory directory;
    private final Router router;
    private final Timers timers;
    private final Timing timing;
    private final Supplier<String> ids;
    private final Supplier<String> secrets;
    private final Consults consults = new Consults(this);
    private final Monitors monitors = new Monitors(this);

    CallFlow(Directory directory, Router router, Timers timers, Timing timing, Supplier<String> ids,
            Supplier<String> secrets) {
        this.directory = directory;
        this.router = router;
        this.timers = timers;
        this.timing = timing;
        this.ids = ids;
        this.secrets = secrets;
    }

    Contact newContact(ContactType type, String initiationMethod, Caller caller, CallRequest request, Work work) {
        return newContact(null, type, initiationMethod, caller, request, work);
    }

    /** A new contact; initialContactId null makes it its own initial contact. */
    Contact newContact(String initialContactId, ContactType type, String initiationMethod, Caller caller,
            CallRequest request, Work work) {
        String id = ids.get();
        Contact contact = new Contact(id, initialContactId == null ? id : initialContactId, type, initiationMethod,
                caller, request, secrets.get(), work.now());
        live.put(id, contact);
        return contact;
    }

    String newId() {
        return ids.get();
    }

    Optional<Contact> live(String contactId) {
        return Optional.ofNullable(live.get(contactId));
    }

    void retire(Contact contact) {
        live.remove(contact.id());
        router.remove(contact);
        contact.retire();
    }

    Agent agent(String login) {
        return directory.agent(login)
                .orElseThrow(() -> new CenterException(ACCESS_DENIED, Messages.format("error.unauthorized")));
    }

    /** The agent's own contact; another agent's contact is refused, an unknown one is not found. */
    Contact own(Agent agent, String contactId) {
        return agent.contact(contactId).orElseThrow(() -> live.containsKey(contactId)
                ? new CenterException(ACCESS_DENIED, Messages.format("error.accessDenied"))
                : new CenterException(NOT_FOUND, Messages.format("error.unknownContact", contactId)));
    }

    Connection connection(Contact contact, String connectionId) {
        return contact.connection(connectionId).orElseThrow(
                () -> new CenterException(NOT_FOUND, Messages.format("error.unknownConnection", connectionId)));
    }

    static void require(boolean condition, String key, Object... args) {
        if (!condition) {
            throw new CenterException(INVALID_STATE, Messages.format(key, args));
        }
    }

    Connection addConnection(Contact contact, ConnectionType type, boolean initial, Endpoint endpoint, String name,
            ConnectionState state, Work work) {
        Connection connection = new Connection(ids.get(), type, initial, endpoint, name, state, work.now());
        contact.add(connection);
        return connection;
    }

    /** The customer (or the callback's dialled customer) is on the line: the contact is connected. */
    void connect(Contact contact, Work work) {
        contact.connections().forEach(c -> {
            if (c.state() == ConnectionState.CONNECTING || c.state() == ConnectionState.INIT) {
                c.moveTo(ConnectionState.CONNECTED, work.now());
            }
        });
        contact.moveTo(ContactState.CONNECTED, work.now());
        work.touched(contact.agent());
        consults.secondAgentAnswered(contact, work);
        Long talk = contact.request() == null ? null : contact.request().talkMillis();
        if (talk != null) {
            // the caller's own timer, not this contact's: it follows the caller through transfers (handedTo)
            timers.after(talk, w -> customerHangsUp(contact, w));
        }
    }

    /** Dials the connection and connects it when the simulated party answers. */
    void answerLater(Contact contact, Connection connection) {
        timers.forContact(contact, timing.outboundAnswerMillis(), w -> {
            if (connection.state() != ConnectionState.CONNECTING || contact.state().isFinished()) {
                return;
            }
            if (contact.state() == ContactState.DIALING) {
                connect(contact, w);
            } else {
                connection.moveTo(ConnectionState.CONNECTED, w.now());
                w.touched(contact.agent());
            }
        });
    }

    /** The agent's side of the contact is over: it ends and the agent goes into after-call work. */
    void end(Contact contact, Work work) {
        contact.disconnectAll(work.now());
        contact.moveTo(ContactState.ENDED, work.now());
        work.touched(contact.agent());
        consults.ended(contact, work);
        monitors.callEnded(contact, work);
        afterContactWork(contact.agent(), contact.id());
    }

    /**
     * The agent starts after-call work on this ended contact. With a time limit, the contact is cleared for them when
     * it has passed, unless they cleared it already.
     */
    void afterContactWork(Agent agent, String contactId) {
        if (timing.afterContactWorkMillis() > 0) {
            timers.after(timing.afterContactWorkMillis(), w -> agent.contact(contactId)
                    .filter(c -> c.state() == ContactState.ENDED).ifPresent(c -> clear(agent, c, w)));
        }
    }

    void customerHangsUp(Contact contact, Work work) {
        if (contact.handedTo() != null) {
            customerHangsUp(contact.handedTo(), work);
            return;
        }
        if (!live.containsKey(contact.id()) || contact.state().isFinished()) {
            return;
        }
        switch (contact.state()) {
            case QUEUED -> retire(contact);
            case INCOMING, CONNECTING -> withdrawOffer(contact, work);
            case DIALING -> end(contact, work);
            default -> dropCustomer(contact, work);
        }
    }

    /**
     * The caller hangs up while the call rings at the agent: the agent keeps a rejected copy, every leg disconnected
     * (Connect's REJECTED: "the customer abandoned the contact when it was connecting to the agent"), until cleared.
     */
    void withdrawOffer(Contact contact, Work work) {
        Agent agent = contact.agent();
        agent.replace(contact, contact.frozenCopy(ContactState.REJECTED, work.now(), false));
        work.touched(agent);
        retire(contact);
    }

    /** The customer leaves; with a third party on the line the agent stays with them, else the contact ends. */
    void dropCustomer(Contact contact, Work work) {
        Optional<Connection> third = contact.thirdParty();
        if (third.isEmpty()) {
            end(contact, work);
            return;
        }
        contact.customer().ifPresent(c -> c.moveTo(ConnectionState.DISCONNECTED, work.now()));
        third.get().moveTo(ConnectionState.CONNECTED, work.now());
        work.touched(contact.agent());
        consults.customerLeft(contact, work);
    }

    /** After-call work is done (or the missed contact seen): the contact leaves the agent. */
    void clear(Agent agent, Contact contact, Work work) {
        agent.remove(contact);
        if (contact.agent() == agent && live.get(contact.id()) == contact && contact.state() == ContactState.ENDED) {
            retire(contact);
        }
        boolean wasRoutable = agent.shownState().isRoutable();
        agent.applyNextState(work.now());
        agent.resetIdle(work.now());
        if (agent.contacts().isEmpty() && !wasRoutable && agent.availability().isRoutable()) {
            holdOffersForOneSnapshot(agent);
        }
        work.touched(agent);
    }

    /**
     * The agent, routable again, gets no offer in this operation: their snapshot shows the routable state first, and
     * waiting calls are offered in the next operation, a moment later.
     */
    void holdOffersForOneSnapshot(Agent agent) {
        agent.holdOffers();
        timers.after(0, work -> {
            agent.releaseOffers();
            work.touched(agent);
        });
    }

    Monitors monitors() {
        return monitors;
    }

    Consults consults() {
        return consults;
    }

    void timerFor(Contact contact, long millis, Timers.Task task) {
        timers.forContact(contact, millis, task);
    }

    Router router() {
        return router;
    }

    Directory directory() {
        return directory;
    }
}
