package dev.callbench.events.internal;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentSkipListSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
 * (the first refusal stops it), all of them after it. A hook runs on the component's own threads, within its time
 * budget: one that throws or does not answer in time is reported and counts as no objection.
 */
@Component(service = ContactActionHooks.class)
public class ContactActionHooksComponent implements ContactActionHooks {

    /** The hooks' settings, as component properties. */
    public @interface Config {
        /** The time budget of hooks that do not set one, in milliseconds. */
        long default_time_budget_ms() default 2000;
    }

    private final Logger logger;
    private final Duration defaultBudget;
    private final ExecutorService hookThreads = Executors.newCachedThreadPool(new BusThreads("callbench-hook-"));
    private final ConcurrentSkipListSet<RegisteredHook> hooks = new ConcurrentSkipListSet<>();

    @Activate
    public ContactActionHooksComponent(Config config, @Reference(name = "logger", service = LoggerFactory.class) Logger logger) {
        this.logger = logger;
        this.defaultBudget = Duration.ofMillis(config.default_time_budget_ms());
    }

    @Deactivate
    void deactivate() {
        hookThreads.shutdownNow();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addHook(ServiceReference<ContactActionHook> reference, ContactActionHook hook) {
        hooks.add(RegisteredHook.of(reference, hook, defaultBudget, unknown -> logger.warn(NLS.bind(
                Messages.unknownSelection, new Object[] { hook.getClass().getName(), reference.getBundle()
                        .getSymbolicName(), unknown.value(), unknown.property() }))));
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
            hookThreads.execute(() -> tellOutcome(hook, action, snapshot, failure));
        }
    }

    private List<RegisteredHook> interested(ContactAction action, AgentSnapshot snapshot) {
        return hooks.stream().filter(hook -> hook.isInterestedIn(action, snapshot)).toList();
    }

    private CompletableFuture<Void> ask(RegisteredHook hook, ContactAction action, AgentSnapshot snapshot) {
        return CompletableFuture.supplyAsync(() -> hook.hook().before(action, snapshot), hookThreads)
                .orTimeout(hook.budget().toMillis(), TimeUnit.MILLISECONDS)
                .handle((verdict, failure) -> judge(hook, action, verdict, failure))
                .thenCompose(outcome -> outcome);
    }

    private CompletableFuture<Void> judge(RegisteredHook hook, ContactAction action, HookVerdict verdict,
            Throwable failure) {
        if (failure != null) {
            report(hook, action, failure);
        } else if (verdict != null && !verdict.allowed()) {
            return CompletableFuture.failedFuture(ActionFailedException.refused(verdict.reason()));
        }
        return CompletableFuture.completedFuture(null);
    }

    private void tellOutcome(RegisteredHook hook, ContactAction action, AgentSnapshot snapshot,
            ActionFailedException failure) {
        try {
            hook.hook().after(action, snapshot, failure);
        } catch (RuntimeException e) {
            report(hook, action, e);
        }
    }

    private void report(RegisteredHook hook, ContactAction action, Throwable failure) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause()
                : failure;
        Object[] details = { hook.who().name(), hook.who().bundleName(), action.name(), hook.budget().toMillis() };
        if (cause instanceof TimeoutException) {
            logger.warn(NLS.bind(Messages.hookTimedOut, details));
        } else {
            logger.error(NLS.bind(Messages.hookFailed, details), cause);
        }
    }
}
