package dev.callbench.server.internal.center;

import java.util.Optional;

import dev.callbench.server.internal.center.Contact.Consult;

/**
 * Consults and transfers to a queue or an agent quick connect. The first agent's contact gets a third-party leg; a new
 * contact (initiation method transfer, same initial contact) carries the caller to the second agent through routing.
 * When the second agent accepts, the leg connects; when the first agent leaves, the second keeps the caller; when
 * either side drops the consult, the other side sees it. Runs under the contact center's lock.
 */
final class Consults {

    private final CallFlow flow;

    Consults(CallFlow flow) {
        this.flow = flow;
    }

    /**
     * Dials the destination: queues the transfer contact, to the queue or straight to the agent. A queue at capacity
     * takes no transfer: the leg is disconnected at once, as Connect's transfer flow does on its At capacity branch.
     */
    void dial(Contact original, Connection leg, Endpoint destination, Work work) {
        boolean toQueue = "queue".equals(destination.type());
        Optional<Agent> target = toQueue ? Optional.empty() : flow.directory().agent(destination.agentLogin());
        Queue queue = toQueue ? flow.directory().queue(destination.queueArn()).orElse(original.queue())
                : target.map(Agent::agentQueue).orElse(original.queue());
        if (toQueue && !flow.router().hasRoom(queue)) {
            leg.moveTo(ConnectionState.DISCONNECTED, work.now());
            return;
        }
        Contact transfer = flow.newContact(original.initialContactId(), ContactType.VOICE,
                toQueue ? "queue_transfer" : "transfer", original.caller(), null, work);
        transfer.putAttributes(original.attributes());
        Endpoint caller = original.customer().map(Connection::endpoint).orElse(Endpoint.phone(null));
        flow.addConnection(transfer, ConnectionType.INBOUND, true, caller, null, ConnectionState.CONNECTED, work);
        Consult consult = new Consult(original, leg, transfer);
        original.linkConsult(consult);
        transfer.linkConsult(consult);
        target.ifPresent(transfer::directTo);
        flow.router().enqueue(transfer, queue, work);
    }

    void secondAgentAnswered(Contact contact, Work work) {
        Consult consult = contact.consult();
        if (consult != null && consult.transfer() == contact && consult.leg().state() == ConnectionState.CONNECTING) {
            consult.leg().moveTo(ConnectionState.CONNECTED, work.now());
            work.touched(consult.original().agent());
        }
    }

    /** The first agent drops the consult leg: the transfer contact is called off wherever it is. */
    void legDropped(Contact original, Work work) {
        Consult consult = original.consult();
        if (consult == null || consult.original() != original) {
            return;
        }
        unlink(consult);
        Contact transfer = consult.transfer();
        switch (transfer.state()) {
            case QUEUED -> flow.retire(transfer);
            case INCOMING, CONNECTING -> flow.withdrawOffer(transfer, work);
            case CONNECTED -> flow.end(transfer, work);
            default -> {
                // already over
            }
        }
    }

    /** The first agent left with both parties on the line: the second agent keeps the caller. */
    void handedOver(Contact original) {
        Consult consult = original.consult();
        if (consult != null && consult.original() == original) {
            unlink(consult);
            original.handTo(consult.transfer());
        }
    }

    /** One of the two contacts ended: the other side's view of the consult follows. */
    void ended(Contact contact, Work work) {
        Consult consult = contact.consult();
        if (consult == null) {
            return;
        }
        if (consult.transfer() == contact) {
            unlink(consult);
            consult.leg().moveTo(ConnectionState.DISCONNECTED, work.now());
            work.touched(consult.original().agent());
        } else {
            legDropped(contact, work);
        }
    }

    /** The caller hung up during the consult: the second agent sees the caller leave too. */
    void customerLeft(Contact original, Work work) {
        Consult consult = original.consult();
        if (consult != null && consult.original() == original) {
            consult.transfer().customer().ifPresent(c -> c.moveTo(ConnectionState.DISCONNECTED, work.now()));
            work.touched(consult.transfer().agent());
        }
    }

    private static void unlink(Consult consult) {
        consult.original().linkConsult(null);
        consult.transfer().linkConsult(null);
    }
}
