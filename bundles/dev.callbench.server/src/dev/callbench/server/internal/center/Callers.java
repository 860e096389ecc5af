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
        Contact contact = flow.newContact(type, type == ContactType.VOICE ? "inbound" : "callback", caller, request,
                work);
        contact.putAttributes(attributes);
        boolean voice = type == ContactType.VOICE;
        flow.addConnection(contact, voice ? ConnectionType.INBOUND : ConnectionType.OUTBOUND, true,
                Endpoint.phone(caller.phoneNumber()), null, voice ? ConnectionState.CONNECTED : ConnectionState.INIT,
                work);
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
