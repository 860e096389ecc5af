package dev.callbench.api.internal.suite;

import java.util.concurrent.CompletionStage;

import org.osgi.annotation.versioning.ProviderType;

import dev.callbench.api.AgentSnapshot;
import dev.callbench.api.service.ActionFailedException;
import dev.callbench.api.service.ContactAction;

/**
 * Runs the {@link dev.callbench.api.whiteboard.ContactActionHook}s registered as services. Registered by the event bus
 * bundle; a {@link dev.callbench.api.service.ContactCenter} implementation calls {@link #before} before it carries out an action and
 * {@link #after} when the action is done.
 */
@ProviderType
public interface ContactActionHooks {

    /**
     * Asks every hook interested in the action, in ranking order; completes when all agreed, or exceptionally with
     * an {@link ActionFailedException} of reason {@link ActionFailedException.Reason#REFUSED} carrying the first
     * refusal's reason.
     */
    CompletionStage<Void> before(ContactAction action, AgentSnapshot snapshot);

    /** Tells every interested hook how the action went; {@code failure} is {@code null} when it succeeded. */
    void after(ContactAction action, AgentSnapshot snapshot, ActionFailedException failure);
}
