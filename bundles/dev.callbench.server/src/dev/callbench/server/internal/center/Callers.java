package dev.callbench.server.internal.center;

import java.util.Map;

import dev.callbench.server.internal.Messages;

/** Simulated callers arriving: a voice call waits in queue; a queued callback waits to be offered as incoming. */
final class Callers {

    private final CallFlow flow;

    Callers(CallFlow flow) {
        this.flow = flow;
    }

    String place(Queue queue, CallRequest request, Work work) {
        if (!flow.router().hasRoom(queue)) {
            throw new CenterException(CenterException.Kind.QUEUE_AT_CAPACITY,
                    Messages.format("error.queueAtCapacity", queue.name(), flow.directory().maxContacts(queue)));
        }
        Map<String, String> attributes = request.attributes() == null ? Map.of() : request.attributes();
        Contact.requireWithinLimit(attributes); // before the contact exists: a refused call leaves nothing behind
        ContactType type = request.type() == null ? ContactType.VOICE : request.type();
        Caller caller = request.caller() == null ? new Caller(null, null, null) : request.caller();
        boolean voice = type == ContactType.VOICE;
        // a queued callback is a contact of its own, made from the voice call in which the caller asked for it;
        // Connect leaves initiationMethod null on an inbound voice call (amazon-connect-streams issue #441)
        Contact contact = flow.newContact(voice ? null : flow.newId(), type, voice ? null : "callback", caller,
                request, work);
        contact.putAttributes(attributes);
        flow.addConnection(contact, ConnectionType.INBOUND, true, Endpoint.phone(caller.phoneNumber()), null,
                ConnectionState.CONNECTED, work);
        flow.router().enqueue(contact, queue, work);
        if (request.patienceMillis() != null) {
            flow.timerFor(contact, request.patienceMillis(), w -> {
                if (contact.state() == ContactState.QUEUED || contact.state().isOffered()) {
                    flow.customerHangsUp(contact, w);
                }
            });
        }
        return contact.id();
    }
}
