package dev.callbench.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;
import org.osgi.service.log.LogReaderService;

import dev.callbench.api.AgentSnapshot;
import dev.callbench.api.ContactType;
import dev.callbench.api.internal.suite.ContactActionHooks;
import dev.callbench.api.service.ActionFailedException;
import dev.callbench.api.service.ContactAction;
import dev.callbench.api.whiteboard.ContactActionHook;
import dev.callbench.api.whiteboard.HookVerdict;
import dev.callbench.api.whiteboard.WhiteboardProperties;
import dev.callbench.tests.support.ModelFixtures;
import dev.callbench.tests.support.Wait;

/**
 * Contact action hooks registered as services: refusals the agent reads, ranking, filters, bad hooks, and the
 * threads and quarantine of hooks that hang.
 */
class ContactActionHooksTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);
    private static final Duration BUDGET = Duration.ofMillis(100);
    /** What an action may take beyond a hung hook's budget, on a busy machine. */
    private static final Duration SLACK = Duration.ofSeconds(1);
    private static final String HOOK_THREAD_PREFIX = "callbench-hook-";

    private final Hang hang = new Hang();
    private TestRuntime runtime;
    private ContactActionHooks hooks;

    private final AgentSnapshot uncoded = ModelFixtures.snapshot(ModelFixtures.voiceCall("c-acw", ModelFixtures.SALES, Map.of()));
    private final AgentSnapshot coded = ModelFixtures
            .snapshot(ModelFixtures.voiceCall("c-acw", ModelFixtures.SALES, Map.of("wrapUpCode", "sale")));
    private final ContactAction clear = new ContactAction.ClearAfterCallWork("c-acw");

    @BeforeEach
    void start() throws InterruptedException {
        runtime = new TestRuntime();
        hooks = runtime.service(ContactActionHooks.class);
    }

    @AfterEach
    void stop() {
        hang.release();
        runtime.close();
    }

    @Test
    void aHookRefusesWithAReasonTheAgentReads() throws Exception {
        runtime.register(ContactActionHook.class, new WrapUpRequired(),
                Map.of(WhiteboardProperties.CONTACT_ACTIONS, "ClearAfterCallWork"));

        ActionFailedException refusal = refusalOf(clear, uncoded);
        assertEquals(ActionFailedException.Reason.REFUSED, refusal.reason());
        assertEquals("Please choose a wrap-up code first.", refusal.getMessage());

        assertNull(hooks.before(clear, coded).toCompletableFuture().get(10, TimeUnit.SECONDS));
        assertNull(hooks.before(new ContactAction.End("c-acw"), uncoded).toCompletableFuture().get(10,
                TimeUnit.SECONDS), "the hook is asked only about the action it selected");
    }

    @Test
    void theHighestRankedRefusalWinsAndLowerHooksAreNotAsked() throws Exception {
        List<String> asked = new CopyOnWriteArrayList<>();
        runtime.register(ContactActionHook.class, refusing("low", asked), Map.of(Constants.SERVICE_RANKING, 5));
        runtime.register(ContactActionHook.class, refusing("high", asked), Map.of(Constants.SERVICE_RANKING, 10));

        assertEquals("high", refusalOf(clear, uncoded).getMessage());
        assertEquals(List.of("high"), asked);
    }

    @Test
    void hooksForOtherContactTypesOrQueuesAreNotAsked() throws Exception {
        List<String> asked = new CopyOnWriteArrayList<>();
        runtime.register(ContactActionHook.class, refusing("chat only", asked),
                Map.of(WhiteboardProperties.CONTACT_TYPES, new String[] { ContactType.CHAT.name() }));
        runtime.register(ContactActionHook.class, refusing("support only", asked),
                Map.of(WhiteboardProperties.QUEUES, "Support"));

        assertNull(hooks.before(clear, uncoded).toCompletableFuture().get(10, TimeUnit.SECONDS));
        assertEquals(List.of(), asked);
    }

    @Test
    void aHookThatHangsOrThrowsCannotHoldUpTheAgent() throws Exception {
        CountDownLatch never = new CountDownLatch(1);
        ContactActionHook hanging = new ContactActionHook() {
            @Override
            public HookVerdict before(ContactAction action, AgentSnapshot snapshot) {
                EventBusTest.awaitQuietly(never, Duration.ofSeconds(20));
                return HookVerdict.refuse("too late to count");
            }
        };
        ContactActionHook throwing = new ContactActionHook() {
            @Override
            public HookVerdict before(ContactAction action, AgentSnapshot snapshot) {
                throw new IllegalStateException("compliance service unreachable");
            }
        };
        try (LogWatch log = new LogWatch(runtime.service(LogReaderService.class))) {
            runtime.register(ContactActionHook.class, hanging, Map.of(WhiteboardProperties.TIME_BUDGET, 100L));
            runtime.register(ContactActionHook.class, throwing, Map.of());

            assertNull(hooks.before(clear, uncoded).toCompletableFuture().get(10, TimeUnit.SECONDS));
            log.await(Duration.ofSeconds(10), hanging.getClass().getName(), "did not answer within 100 ms");
            log.await(Duration.ofSeconds(10), throwing.getClass().getName(), "counts as no objection");
        } finally {
            never.countDown();
        }
    }

    @Test
    void hooksHearHowTheActionWent() throws InterruptedException {
        BlockingQueue<ActionFailedException> outcomes = new LinkedBlockingQueue<>();
        runtime.register(ContactActionHook.class, new ContactActionHook() {
            @Override
            public void after(ContactAction action, AgentSnapshot snapshot, ActionFailedException failure) {
                outcomes.add(failure);
            }
        }, Map.of());
        ActionFailedException failure = new ActionFailedException(ActionFailedException.Reason.INVALID_STATE, null);

        hooks.after(clear, uncoded, failure);

        assertSame(failure, outcomes.poll(10, TimeUnit.SECONDS));
    }

    @Test
    void aHookThatNeverReturnsHoldsUpNoActionPastItsBudgetNorTakesAThreadForEachAction() throws Exception {
        long poolSize = setting("hook.threads");
        long bound = poolSize + setting("overruns.before.quarantine");
        Wait.until("the threads held by earlier tests' hooks are back", () -> hookThreads() <= poolSize, PATIENCE);
        runtime.register(ContactActionHook.class, hangingBefore(), Map.of(WhiteboardProperties.TIME_BUDGET,
                BUDGET.toMillis()));

        for (int i = 0; i < 20; i++) {
            long began = System.nanoTime();
            assertNull(hooks.before(clear, uncoded).toCompletableFuture().get(PATIENCE.toMillis(),
                    TimeUnit.MILLISECONDS), "a hook out of time counts as no objection");
            Duration took = Duration.ofNanos(System.nanoTime() - began);
            assertTrue(took.compareTo(BUDGET.plus(SLACK)) < 0, "action " + i + " waited " + took.toMillis() + " ms");
        }

        Wait.until("the hung hook's thread was interrupted", () -> hang.interrupts() > 0, PATIENCE);
        assertTrue(hookThreads() <= bound, hookThreads() + " hook threads, more than " + bound);
    }

    @Test
    void aHookThatKeepsOverrunningIsQuarantinedAndNeitherAskedNorToldAgain() throws Exception {
        long overruns = setting("overruns.before.quarantine");
        ContactActionHook hanging = hangingBefore();
        try (LogWatch log = new LogWatch(runtime.service(LogReaderService.class))) {
            runtime.register(ContactActionHook.class, hanging, Map.of(WhiteboardProperties.TIME_BUDGET,
                    BUDGET.toMillis()));

            for (int i = 0; i < overruns; i++) {
                assertNull(hooks.before(clear, uncoded).toCompletableFuture().get(PATIENCE.toMillis(),
                        TimeUnit.MILLISECONDS));
            }
            Wait.until("the hook was asked " + overruns + " times", () -> hang.calls() == overruns, PATIENCE);
            log.await(PATIENCE, hanging.getClass().getName(), "dev.callbench.events.tests",
                    "is quarantined after " + overruns + " overruns");

            for (int i = 0; i < 5; i++) {
                assertTrue(hooks.before(clear, uncoded).toCompletableFuture().isDone(),
                        "nobody waits for a quarantined hook");
                hooks.after(clear, uncoded, null);
            }
            assertEquals(overruns, hang.calls(), "a quarantined hook is neither asked nor told");
        }
    }

    @Test
    void theOtherHooksKeepWorkingWhileSomeHang() throws Exception {
        runtime.register(ContactActionHook.class, hangingBefore(), Map.of(Constants.SERVICE_RANKING, 10,
                WhiteboardProperties.TIME_BUDGET, BUDGET.toMillis()));
        runtime.register(ContactActionHook.class, hangingAfter(), Map.of(WhiteboardProperties.TIME_BUDGET,
                BUDGET.toMillis()));
        BlockingQueue<ActionFailedException> outcomes = new LinkedBlockingQueue<>();
        ContactActionHook wrapUpRequired = new WrapUpRequired();
        runtime.register(ContactActionHook.class, new ContactActionHook() {
            @Override
            public HookVerdict before(ContactAction action, AgentSnapshot snapshot) {
                return wrapUpRequired.before(action, snapshot);
            }

            @Override
            public void after(ContactAction action, AgentSnapshot snapshot, ActionFailedException failure) {
                outcomes.add(failure);
            }
        }, Map.of(Constants.SERVICE_RANKING, -10));

        int actions = 20;
        for (int i = 0; i < actions; i++) {
            ActionFailedException refusal = refusalOf(clear, uncoded);
            assertEquals("Please choose a wrap-up code first.", refusal.getMessage(), "action " + i);
            hooks.after(clear, uncoded, refusal);
        }
        for (int i = 0; i < actions; i++) {
            assertNotNull(outcomes.poll(PATIENCE.toMillis(), TimeUnit.MILLISECONDS), "told of action " + i);
        }
    }

    /** A component property of the hooks' component, as it registered them (its defaults included). */
    private long setting(String property) {
        return ((Number) runtime.context().getServiceReference(ContactActionHooks.class).getProperty(property))
                .longValue();
    }

    private static long hookThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(thread -> thread.getName().startsWith(HOOK_THREAD_PREFIX)).count();
    }

    private ContactActionHook hangingBefore() {
        return new ContactActionHook() {
            @Override
            public HookVerdict before(ContactAction action, AgentSnapshot snapshot) {
                hang.now();
                return HookVerdict.refuse("too late to count");
            }
        };
    }

    private ContactActionHook hangingAfter() {
        return new ContactActionHook() {
            @Override
            public void after(ContactAction action, AgentSnapshot snapshot, ActionFailedException failure) {
                hang.now();
            }
        };
    }

    private ActionFailedException refusalOf(ContactAction action, AgentSnapshot snapshot) {
        ExecutionException failed = assertThrows(ExecutionException.class,
                () -> hooks.before(action, snapshot).toCompletableFuture().get(10, TimeUnit.SECONDS));
        return ActionFailedException.of(failed);
    }

    private static ContactActionHook refusing(String reason, List<String> asked) {
        return new ContactActionHook() {
            @Override
            public HookVerdict before(ContactAction action, AgentSnapshot snapshot) {
                asked.add(reason);
                return HookVerdict.refuse(reason);
            }
        };
    }

    /** The example of the API's documentation: no clearing of after-call work without a wrap-up code. */
    static final class WrapUpRequired implements ContactActionHook {
        @Override
        public HookVerdict before(ContactAction action, AgentSnapshot snapshot) {
            String contactId = ((ContactAction.OnContact) action).contactId();
            boolean isCoded = snapshot.contact(contactId).flatMap(c -> c.attribute("wrapUpCode")).isPresent();
            return isCoded ? HookVerdict.allow() : HookVerdict.refuse("Please choose a wrap-up code first.");
        }
    }

    /** Where hung hooks hang: until the test ends, whatever interrupts them. Counts their calls and interrupts. */
    static final class Hang {

        private final CountDownLatch released = new CountDownLatch(1);
        private final AtomicInteger calls = new AtomicInteger();
        private final AtomicInteger interrupts = new AtomicInteger();

        void now() {
            calls.incrementAndGet();
            while (released.getCount() > 0) {
                try {
                    released.await();
                } catch (InterruptedException e) {
                    interrupts.incrementAndGet(); // and on hanging: the hook ignores it
                }
            }
        }

        int calls() {
            return calls.get();
        }

        int interrupts() {
            return interrupts.get();
        }

        void release() {
            released.countDown();
        }
    }
}
