package dev.callbench.events.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.TimeoutException;

import org.eclipse.osgi.util.NLS;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import dev.callbench.api.AgentSnapshot;
import dev.callbench.api.internal.suite.ContactActionHooks;
import dev.callbench.api.service.ActionFailedException;
import dev.callbench.api.service.ContactAction;
import dev.callbench.api.whiteboard.ContactActionHook;
import dev.callbench.api.whiteboard.HookVerdict;

/**
 * Runs the contact action hooks registered as services: each interested hook in ranking order before an action
 * (the first refusal stops it), all of them after it. Every call runs on the {@link HookPool}, within the hook's time
 * budget: one that throws or does not end in time is reported and counts as no objection, and the pool interrupts
 * and replaces the thread of a call that overran, so that no hook waits for a hung one. A hook that overruns its
 * budget so many times is quarantined, as the bus quarantines listeners: it is neither asked nor told again until its
 * service is registered again. So a hung hook holds at most that many threads while it is asked about one action at a
 * time, and at worst the pool's size more.
 */
@Component(service = ContactActionHooks.class)
public class ContactActionHooksComponent implements ContactActionHooks {

    /** The hooks' settings, as component properties. */
    public @interface Config {
        /** The time budget of hooks that do not set one, in milliseconds. */
        long default_time_budget_ms() default 2000;

        /** How many threads call hooks; a thread a hook keeps past its budget is replaced while it keeps it. */
        int hook_threads() default 4;

        /** How many overruns of its time budget quarantine a hook. */
        long overruns_before_quarantine() default 3;
    }

    private final Logger logger;
    private final Duration defaultBudget;
    private final long overrunsBeforeQuarantine;
    private final HookPool pool;
    private final ConcurrentSkipListSet<RegisteredHook> hooks = new ConcurrentSkipListSet<>();

    @Activate
    public ContactActionHooksComponent(Config config,
            @Reference(name = "logger", service = LoggerFactory.class) Logger logger) {
        this.logger = logger;
        this.defaultBudget = Duration.ofMillis(config.default_time_budget_ms());
        this.overrunsBeforeQuarantine = config.overruns_before_quarantine();
        this.pool = new HookPool(new BusThreads("callbench-hook-"), config.hook_threads());
    }

    @Deactivate
    void deactivate() {
        pool.close();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addHook(ServiceReference<ContactActionHook> reference, ContactActionHook hook) {
        hooks.add(RegisteredHook.of(reference, hook, defaultBudget, overrunsBeforeQuarantine,
                unknown -> logger.warn(NLS.bind(Messages.unknownSelection, new Object[] { hook.getClass().getName(),
                        reference.getBundle().getSymbolicName(), unknown.value(), unknown.property() }))));
    }

    void removeHook(ServiceReference<ContactActionHook> reference) {
        hooks.removeIf(registered -> registered.reference().equals(reference));
    }

    @Override
    public CompletionStage<Void> before(ContactAction action, AgentSnapshot snapshot) {
        CompletableFuture<Void> chain = CompletableFuture.completedFuture(null);
        for (RegisteredHook hook : interested(action, snapshot)) {
            chain = chain.thenCompose(agreed -> ask(hook, action, snapshot));
        }
        return chain;
    }

    @Override
    public void after(ContactAction action, AgentSnapshot snapshot, ActionFailedException failure) {
        for (RegisteredHook hook : interested(action, snapshot)) {
            pool.call(() -> tellOutcome(hook, action, snapshot, failure), hook.budget())
                    .whenComplete((none, trouble) -> settle(hook, action, trouble, Messages.hookOverranAfter));
        }
    }

    private List<RegisteredHook> interested(ContactAction action, AgentSnapshot snapshot) {
        return hooks.stream().filter(hook -> !hook.quarantined() && hook.isInterestedIn(action, snapshot)).toList();
    }

    // the hook may have been quarantined while the call waited for a thread: then it is not made
    private CompletableFuture<Void> ask(RegisteredHook hook, ContactAction action, AgentSnapshot snapshot) {
        return pool.call(() -> hook.quarantined() ? HookVerdict.allow() : hook.hook().before(action, snapshot),
                hook.budget())
                .handle((verdict, failure) -> judge(hook, action, verdict, failure))
                .thenCompose(outcome -> outcome);
    }

    private Void tellOutcome(RegisteredHook hook, ContactAction action, AgentSnapshot snapshot,
            ActionFailedException failure) {
        if (!hook.quarantined()) {
            hook.hook().after(action, snapshot, failure);
        }
        return null;
    }

    private CompletableFuture<Void> judge(RegisteredHook hook, ContactAction action, HookVerdict verdict,
            Throwable failure) {
        settle(hook, action, failure, Messages.hookTimedOut);
        if (failure == null && verdict != null && !verdict.allowed()) {
            return CompletableFuture.failedFuture(ActionFailedException.refused(verdict.reason()));
        }
        return CompletableFuture.completedFuture(null);
    }

    /** Reports a call that failed or timed out, and counts it if it overran: one that never got a thread did not. */
    private void settle(RegisteredHook hook, ContactAction action, Throwable failure, String timedOutMessage) {
        if (failure != null) {
            report(hook, action, failure, timedOutMessage);
        }
        if (failure instanceof HookPool.Overrun) {
            countOverrun(hook);
        }
    }

    // the pool's results fail with what the hook threw itself, not wrapped in a CompletionException
    private void report(RegisteredHook hook, ContactAction action, Throwable failure, String timedOutMessage) {
        Object[] details = { hook.who().name(), hook.who().bundleName(), action.name(), hook.budget().toMillis() };
        if (failure instanceof TimeoutException) {
            logger.warn(NLS.bind(timedOutMessage, details));
        } else {
            logger.error(NLS.bind(Messages.hookFailed, details), failure);
        }
    }

    private void countOverrun(RegisteredHook hook) {
        if (hook.overruns().count()) {
            logger.error(NLS.bind(Messages.hookQuarantined,
                    new Object[] { hook.who().name(), hook.who().bundleName(), overrunsBeforeQuarantine }));
        }
    }
}
