package dev.callbench.api.event;

/**
 * What goes wrong before the agent has a session with the contact center, named after Streams'
 * {@code connect.core.onInitFailure} and {@code onAuthFail}: the workbench could not reach or start the contact
 * center, or the contact center did not accept the agent's sign-in. There is no agent snapshot yet, so these are not
 * {@link AgentEvent}s and do not go through the event bus: they are posted on EventAdmin only, on the topics below,
 * with a sentence for the agent under {@link #PROBLEM} and under e4's data key. A part shows them with:
 *
 * <pre>{@code
 * @Inject @Optional
 * void onCoreProblem(@UIEventTopic(CoreEvents.ALL) String problem) { problemLabel.setText(problem); }
 * }</pre>
 *
 * @since 1.1
 */
public final class CoreEvents {

    /** The contact center could not be reached or started, so nobody could sign in. */
    public static final String INIT_FAILURE = "dev/callbench/core/INIT_FAILURE";
    /** The contact center did not accept the agent's sign-in. */
    public static final String AUTH_FAIL = "dev/callbench/core/AUTH_FAIL";
    /** Every core topic, to subscribe to them all. */
    public static final String ALL = "dev/callbench/core/*";
    /** The sentence for the agent, a String; the technical detail is in the log. */
    public static final String PROBLEM = "callbench.problem";

    private CoreEvents() {
    }
}
