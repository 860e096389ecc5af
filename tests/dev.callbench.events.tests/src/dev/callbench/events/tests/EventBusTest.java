package dev.callbench.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.log.LogReaderService;

import dev.callbench.api.ContactType;
import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.CallbenchEvent;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.api.internal.suite.EventBus;
import dev.callbench.api.internal.suite.EventBusMetrics.ListenerMetrics;
import dev.callbench.api.whiteboard.AgentListener;
import dev.callbench.api.whiteboard.ContactListener;
import dev.callbench.api.whiteboard.WhiteboardProperties;
import dev.callbench.tests.support.EventRecorder;
import dev.callbench.tests.support.ModelFixtures;
import dev.callbench.tests.support.Wait;

/** The event bus in the OSGi runtime, with listeners registered as services the way extensions register them. */
class EventBusTest {

    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private TestRuntime runtime;
    private EventBus bus;
    private LogWatch log;

    @BeforeEach
    void start() throws InterruptedException {
        runtime = new TestRuntime();
        bus = runtime.service(EventBus.class);
        log = new LogWatch(runtime.service(LogReaderService.class));
    }

    @AfterEach
    void stop() {
        log.close();
        runtime.close();
    }

    @Test
    void listenersReceiveOnlyWhatTheirPropertiesSelect() throws InterruptedException {
        EventRecorder stateChanges = new EventRecorder();
        runtime.listen(bus, AgentListener.class, stateChanges,
                Map.of(WhiteboardProperties.AGENT_EVENT_TYPES, new String[] { "STATE_CHANGE" }));
        EventRecorder salesCalls = new EventRecorder();
        runtime.listen(bus, ContactListener.class, salesCalls, Map.of(
                WhiteboardProperties.CONTACT_EVENT_TYPES, new String[] { "CONNECTING", "ENDED" },
                WhiteboardProperties.CONTACT_TYPES, "VOICE",
                WhiteboardProperties.QUEUES, new String[] { "Sales" }));

        var salesCall = ModelFixtures.voiceCall("c-sales", ModelFixtures.SALES, Map.of());
        var supportCall = ModelFixtures.voiceCall("c-support", ModelFixtures.SUPPORT, Map.of());
        var salesChat = ModelFixtures.contact("c-chat", ContactType.CHAT, ModelFixtures.SALES, Map.of());
        List<CallbenchEvent> published = List.of(
                ModelFixtures.agentEvent(AgentEvent.Type.REFRESH),
                AgentEvent.stateChange(ModelFixtures.snapshot(), ModelFixtures.AVAILABLE),
                ModelFixtures.contactEvent(ContactEvent.Type.CONNECTING, supportCall),
                ModelFixtures.contactEvent(ContactEvent.Type.CONNECTING, salesChat),
                ModelFixtures.contactEvent(ContactEvent.Type.REFRESH, salesCall),
                ModelFixtures.contactEvent(ContactEvent.Type.CONNECTING, salesCall),
                ModelFixtures.contactEvent(ContactEvent.Type.ENDED, salesCall));
        published.forEach(bus::publish);

        assertEquals(List.of(published.get(1)), stateChanges.awaitCount(1, PATIENCE));
        assertEquals(List.of(published.get(5), published.get(6)), salesCalls.awaitCount(2, PATIENCE));
        // the last event of each selection arrived, and per-listener order is publication order: nothing else came
        assertEquals(1, stateChanges.events().size());
        assertEquals(2, salesCalls.events().size());
    }

    @Test
    void aListenerThatChangesItsSelectionGetsWhatItSelectsNow() throws InterruptedException {
        EventRecorder recorder = new EventRecorder();
        ServiceRegistration<AgentListener> registration = runtime.listen(bus, AgentListener.class, recorder,
                Map.of(WhiteboardProperties.AGENT_EVENT_TYPES, "STATE_CHANGE"));
        registration.setProperties(FrameworkUtil.asDictionary(
                Map.of(WhiteboardProperties.AGENT_EVENT_TYPES, new String[] { "ERROR", "OFFLINE" })));

        AgentEvent error = ModelFixtures.agentEvent(AgentEvent.Type.ERROR);
        bus.publish(AgentEvent.stateChange(ModelFixtures.snapshot(), ModelFixtures.AVAILABLE));
        bus.publish(error);

        assertEquals(List.of(error), recorder.awaitCount(1, PATIENCE));
    }

    @Test
    void aThrowingListenerIsLoggedAndTheOthersGoOn() throws InterruptedException {
        AtomicInteger calls = new AtomicInteger();
        ContactListener throwing = new ContactListener() {
            @Override
            public void onContactEvent(ContactEvent event) {
                calls.incrementAndGet();
                throw new IllegalStateException("CRM is down");
            }
        };
        ServiceRegistration<ContactListener> thrower = runtime.listen(bus, ContactListener.class, throwing, Map.of());
        EventRecorder others = new EventRecorder();
        runtime.listen(bus, ContactListener.class, others, Map.of());

        for (int i = 0; i < 20; i++) {
            bus.publish(ModelFixtures.numbered("c-throw", i));
        }

        assertEquals(20, others.awaitCount(20, PATIENCE).size());
        var entry = log.await(PATIENCE, throwing.getClass().getName(), "failed on event dev/callbench/contact/REFRESH");
        assertEquals("CRM is down", entry.getException().getMessage());
        Wait.until("the thrower has had all 20 events", () -> calls.get() == 20, PATIENCE);
        ListenerMetrics metrics = TestRuntime.metricsOf(bus, thrower).orElseThrow();
        assertEquals(20, metrics.failures());
        assertFalse(metrics.quarantined(), "throwing is not overrunning: the listener stays");
    }

    @Test
    void aHangingListenerIsQuarantinedAndNobodyWaitsForIt() throws InterruptedException {
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger calls = new AtomicInteger();
        AgentListener hanging = new AgentListener() {
            @Override
            public void onAgentEvent(AgentEvent event) {
                calls.incrementAndGet();
                awaitQuietly(release, Duration.ofSeconds(30));
            }
        };
        ServiceRegistration<AgentListener> hanger = runtime.listen(bus, AgentListener.class, hanging,
                Map.of(WhiteboardProperties.TIME_BUDGET, 50L));
        EventRecorder others = new EventRecorder();
        runtime.listen(bus, AgentListener.class, others, Map.of());
        try {
            for (int i = 0; i < 100; i++) {
                bus.publish(ModelFixtures.agentEvent(AgentEvent.Type.REFRESH));
            }
            assertEquals(100, others.awaitCount(100, PATIENCE).size(), "the others got every event meanwhile");
            log.await(PATIENCE, hanging.getClass().getName(), "quarantined");
            ListenerMetrics metrics = TestRuntime.metricsOf(bus, hanger).orElseThrow();
            assertTrue(metrics.quarantined());
            assertEquals(0, metrics.waiting(), "a quarantined listener keeps no events");
        } finally {
            release.countDown();
        }
        bus.publish(ModelFixtures.agentEvent(AgentEvent.Type.REFRESH));
        others.awaitCount(101, PATIENCE);
        assertEquals(1, calls.get(), "a quarantined listener is never called again");
    }

    @Test
    void aListenerUnregisteredWhileItHangsHoldsUpNobody() throws InterruptedException {
        CountDownLatch entered = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AgentListener hanging = new AgentListener() {
            @Override
            public void onAgentEvent(AgentEvent event) {
                entered.countDown();
                awaitQuietly(release, Duration.ofSeconds(30));
            }
        };
        ServiceRegistration<AgentListener> hanger = runtime.listen(bus, AgentListener.class, hanging, Map.of());
        EventRecorder others = new EventRecorder();
        runtime.listen(bus, AgentListener.class, others, Map.of());
        try {
            bus.publish(ModelFixtures.agentEvent(AgentEvent.Type.REFRESH));
            assertTrue(entered.await(PATIENCE.toSeconds(), TimeUnit.SECONDS), "the hanging listener was called");
            hanger.unregister();
            for (int i = 0; i < 50; i++) {
                bus.publish(ModelFixtures.agentEvent(AgentEvent.Type.REFRESH));
            }
            assertEquals(51, others.awaitCount(51, PATIENCE).size(), "the others got every event meanwhile");
        } finally {
            release.countDown();
        }
    }

    @Test
    void aListenerThatUnregistersGetsNoFurtherEvent() throws InterruptedException {
        CountDownLatch allPublished = new CountDownLatch(1);
        AgentListener gate = event -> awaitQuietly(allPublished, PATIENCE); // so that all ten wait for the next one
        runtime.listen(bus, AgentListener.class, gate, Map.of());
        AtomicInteger calls = new AtomicInteger();
        AtomicReference<ServiceRegistration<AgentListener>> registration = new AtomicReference<>();
        AgentListener leaving = event -> {
            calls.incrementAndGet();
            registration.get().unregister(); // the extension goes away while events wait for it
        };
        registration.set(runtime.listen(bus, AgentListener.class, leaving, Map.of()));
        EventRecorder others = new EventRecorder();
        runtime.listen(bus, AgentListener.class, others, Map.of());

        for (int i = 0; i < 10; i++) {
            bus.publish(ModelFixtures.agentEvent(AgentEvent.Type.REFRESH));
        }
        allPublished.countDown();

        others.awaitCount(10, PATIENCE); // listeners are served in the order they came: the one that left first
        assertEquals(1, calls.get(), "called again after it was unregistered");
    }

    @Test
    void aSlowListenerIsReportedThenQuarantinedWhileTheOthersKeepPace() throws InterruptedException {
        AtomicInteger completed = new AtomicInteger();
        ContactListener slow = new ContactListener() {
            @Override
            public void onContactEvent(ContactEvent event) {
                // stands for 80 ms of work, against a budget of 50 ms
                awaitQuietly(new CountDownLatch(1), Duration.ofMillis(80));
                completed.incrementAndGet();
            }
        };
        ServiceRegistration<ContactListener> slowOne = runtime.listen(bus, ContactListener.class, slow,
                Map.of(WhiteboardProperties.TIME_BUDGET, "50"));
        EventRecorder others = new EventRecorder();
        runtime.listen(bus, ContactListener.class, others, Map.of());

        for (int i = 0; i < 10; i++) {
            bus.publish(ModelFixtures.numbered("c-slow", i));
        }

        others.awaitCount(10, PATIENCE);
        assertTrue(completed.get() < 10, "the others had all ten events before the slow one was through");
        log.await(PATIENCE, slow.getClass().getName(), "more than its time budget of 50 ms");
        log.await(PATIENCE, slow.getClass().getName(), "is quarantined after");
        ListenerMetrics metrics = TestRuntime.metricsOf(bus, slowOne).orElseThrow();
        assertTrue(metrics.quarantined());
        assertTrue(metrics.delivered() <= 3, "no call after the third overrun, had " + metrics.delivered());
        assertTrue(metrics.overruns() >= 3, "quarantined on its third overrun, had " + metrics.overruns());
    }

    @Test
    void eachContactsEventsKeepTheirOrderUnderConcurrentPublishers() throws Exception {
        EventRecorder first = new EventRecorder();
        EventRecorder second = new EventRecorder();
        runtime.listen(bus, ContactListener.class, first, Map.of());
        runtime.listen(bus, ContactListener.class, second, Map.of());
        int publishers = 4;
        int perContact = 2_000;
        ExecutorService threads = Executors.newFixedThreadPool(publishers);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (int p = 0; p < publishers; p++) {
            String contactId = "c-order-" + p;
            done.add(threads.submit(() -> {
                awaitQuietly(go, PATIENCE);
                for (int i = 0; i < perContact; i++) {
                    bus.publish(ModelFixtures.numbered(contactId, i));
                }
            }));
        }
        go.countDown();
        for (Future<?> publisher : done) {
            publisher.get(30, TimeUnit.SECONDS);
        }
        threads.shutdown();

        List<CallbenchEvent> seenByFirst = first.awaitCount(publishers * perContact, PATIENCE);
        assertEquals(seenByFirst, second.awaitCount(publishers * perContact, PATIENCE),
                "every listener sees the events in the same order");
        Map<String, Integer> lastSequence = new LinkedHashMap<>();
        for (CallbenchEvent event : seenByFirst) {
            ContactEvent contactEvent = (ContactEvent) event;
            int sequence = Integer.parseInt(contactEvent.contact().attribute("seq").orElseThrow());
            Integer previous = lastSequence.put(contactEvent.contactId(), sequence);
            assertEquals(previous == null ? 0 : previous + 1, sequence, "order of " + contactEvent.contactId());
        }
        assertEquals(publishers, lastSequence.size());
    }

    @Test
    void metricsCountEventsPerTypeAndTimePerListener() throws InterruptedException {
        EventRecorder recorder = new EventRecorder();
        ServiceRegistration<AgentListener> registration = runtime.listen(bus, AgentListener.class, recorder, Map.of());
        String topic = AgentEvent.topicOf(AgentEvent.Type.ENQUEUED_NEXT_STATE);
        long before = bus.metrics().eventsPerType().getOrDefault(topic, 0L);

        for (int i = 0; i < 3; i++) {
            bus.publish(ModelFixtures.agentEvent(AgentEvent.Type.ENQUEUED_NEXT_STATE));
        }
        recorder.awaitCount(3, PATIENCE);

        assertEquals(before + 3, bus.metrics().eventsPerType().get(topic));
        Wait.until("the third call is counted",
                () -> TestRuntime.metricsOf(bus, registration).orElseThrow().delivered() == 3, PATIENCE);
        ListenerMetrics metrics = TestRuntime.metricsOf(bus, registration).orElseThrow();
        assertEquals("dev.callbench.events.tests", metrics.bundle());
        assertTrue(metrics.totalTime().compareTo(metrics.maxTime()) >= 0);
    }

    @Test
    void anIdleBusLetsItsWatchdogRest() throws InterruptedException {
        EventRecorder recorder = new EventRecorder();
        runtime.listen(bus, AgentListener.class, recorder, Map.of());
        bus.publish(ModelFixtures.agentEvent(AgentEvent.Type.REFRESH));
        recorder.awaitCount(1, PATIENCE);

        // a thread waiting with no deadline has no round scheduled: the idle workbench is not woken every 2 ms
        Wait.until("the watchdog waits with no round scheduled", () -> {
            List<Thread> watchdogs = Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getName().startsWith("callbench-event-watchdog-")).toList();
            return !watchdogs.isEmpty() && watchdogs.stream().allMatch(t -> t.getState() == Thread.State.WAITING);
        }, PATIENCE);
    }

    static void awaitQuietly(CountDownLatch latch, Duration timeout) {
        try {
            latch.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
