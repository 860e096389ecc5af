package dev.callbench.api.event;

/**
 * The properties of the EventAdmin events Callbench posts on its topics ({@code dev/callbench/agent/*},
 * {@code dev/callbench/contact/*}), for generic consumers that do not use the whiteboard listeners.
 */
public final class EventProperties {

    /** The {@link CallbenchEvent} itself. */
    public static final String EVENT = "callbench.event";
    /** The event's type name, a String. */
    public static final String TYPE = "callbench.type";
    /** The agent's state name, a String. */
    public static final String AGENT_STATE = "callbench.agent.state";
    /** For contact events: the contact's identifier, a String. */
    public static final String CONTACT_ID = "callbench.contact.id";
    /** For contact events: the contact's type ({@code VOICE} ...), a String. */
    public static final String CONTACT_TYPE = "callbench.contact.type";
    /** For contact events of a queued contact: the queue's name, a String. */
    public static final String QUEUE = "callbench.queue";
    /**
     * The key under which e4's event broker finds an event's data: with it, a part's
     * {@code @Inject @Optional void on(@UIEventTopic("dev/callbench/contact/INCOMING") ContactEvent e)} receives the
     * event itself. Equal to {@code org.eclipse.e4.core.services.events.IEventBroker.DATA}.
     */
    public static final String E4_DATA = "org.eclipse.e4.data";

    private EventProperties() {
    }
}
