package dev.callbench.api.whiteboard;

import org.osgi.annotation.versioning.ConsumerType;

import dev.callbench.api.AgentSnapshot;
import dev.callbench.api.service.ActionFailedException;
import dev.callbench.api.service.ContactAction;

/**
 * Runs before and after the agent's actions on contacts, and may refuse an action with a reason the agent sees
 * (a compliance check, a wrap-up form that must be filled in before after-call work is cleared). Register an
 * implementation as an OSGi service; choose the actions with {@link ContactActions}, {@link ContactTypes} and
 * {@link Queues}. Hooks run in the order of their {@code service.ranking}, highest first; the first refusal wins.
 * <p>
 * {@link #before} must answer, and {@link #after} return, within the hook's {@link TimeBudget}: a hook that does not
 * is skipped for that action (it cannot hold up the agent) and reported, and the thread it is called on is
 * interrupted. A hook that overruns its budget three times (the suite's default) is quarantined: it is neither asked
 * nor told again until its service is registered again. An exception it throws is logged and counts as no
 * objection.
 */
@ConsumerType
public interface ContactActionHook {

    /**
     * Called before the action is carried out.
     *
     * @param action the action the agent asked for
     * @param snapshot the agent and their contacts at that moment
     * @return {@link HookVerdict#allow()} or {@link HookVerdict#refuse(String)}
     */
    default HookVerdict before(ContactAction action, AgentSnapshot snapshot) {
        return HookVerdict.allow();
    }

    /**
     * Called after the action was carried out or failed (refusals included).
     *
     * @param action the action
     * @param snapshot the agent and their contacts when the action was asked for
     * @param failure why it failed; {@code null} if it succeeded
     */
    default void after(ContactAction action, AgentSnapshot snapshot, ActionFailedException failure) {
    }
}
