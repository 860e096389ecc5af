package dev.callbench.ui.internal.parts;

import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import dev.callbench.api.AgentSnapshot;
import dev.callbench.api.Connection;
import dev.callbench.api.Contact;
import dev.callbench.api.ContactType;
import dev.callbench.api.Endpoint;
import dev.callbench.ui.internal.Messages;

/** What the workbench tells the agent about a contact offered to them: whether it is an offer, who, which kind. */
public final class Offers {

    private Offers() {
    }

    /** Whether the contact waits for the agent to accept it: rings inbound, or is a queued callback. */
    public static boolean isOffer(Contact contact) {
        return switch (contact.state()) {
            case INCOMING, PENDING -> true;
            case CONNECTING -> contact.isInbound() || contact.type() == ContactType.QUEUE_CALLBACK;
            default -> false;
        };
    }

    /** The first contact of the snapshot that is offered to the agent. */
    public static Optional<Contact> offered(AgentSnapshot snapshot) {
        return snapshot.contacts().stream().filter(Offers::isOffer).findFirst();
    }

    /** The headline of an offer: "Incoming call", "Incoming queue callback" ... */
    public static String headline(Contact contact) {
        return NLS.bind(Messages.Contact_offered, typeName(contact.type()));
    }

    /** Who calls, as the agent reads it: a name and number, a number, or a sentence when neither is known. */
    public static String caller(Contact contact) {
        Endpoint endpoint = ContactSection.customerLeg(contact).map(Connection::endpoint).orElse(null);
        if (endpoint == null) {
            return Messages.Contact_unknownCaller;
        }
        String number = endpoint.phoneNumber();
        String name = endpoint.name();
        if (number == null || number.isBlank()) {
            return name.isBlank() ? Messages.Contact_unknownCaller : name;
        }
        return name.isBlank() || name.equals(number) ? number : NLS.bind(Messages.Contact_callerWithName, name, number);
    }

    /** The queue it came through, as the agent reads it; empty when it came through none. */
    public static String queue(Contact contact) {
        return contact.queueIfAny().map(queue -> NLS.bind(Messages.Contact_queue, queue.name())).orElse("");
    }

    private static String typeName(ContactType type) {
        return switch (type) {
            case VOICE -> Messages.Contact_typeVoice;
            case QUEUE_CALLBACK -> Messages.Contact_typeQueueCallback;
            case CHAT -> Messages.Contact_typeChat;
            case TASK -> Messages.Contact_typeTask;
        };
    }
}
