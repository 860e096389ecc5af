package dev.callbench.api.whiteboard;

/**
 * The service properties that select what a contribution receives. Components set them with the annotations of
 * this package ({@link AgentEventTypes} ...); other registrations may set them by these names. Values are strings
 * or arrays of strings; a property that is absent selects everything.
 */
public final class WhiteboardProperties {

    /** The agent event types an {@link AgentListener} receives: names of {@code AgentEvent.Type}. */
    public static final String AGENT_EVENT_TYPES = "callbench.agent.event.types";
    /** The contact event types a {@link ContactListener} receives: names of {@code ContactEvent.Type}. */
    public static final String CONTACT_EVENT_TYPES = "callbench.contact.event.types";
    /** The contact types a {@link ContactListener} or {@link ContactActionHook} is for: names of {@code ContactType}. */
    public static final String CONTACT_TYPES = "callbench.contact.types";
    /** The queues a {@link ContactListener} or {@link ContactActionHook} is for: queue names or ARNs. */
    public static final String QUEUES = "callbench.queues";
    /** The actions a {@link ContactActionHook} is asked about: action names ({@code Accept}, {@code Transfer} ...). */
    public static final String CONTACT_ACTIONS = "callbench.contact.actions";
    /** The longest a listener or hook may take for one call, in milliseconds. */
    public static final String TIME_BUDGET = "callbench.time.budget";

    private WhiteboardProperties() {
    }
}
