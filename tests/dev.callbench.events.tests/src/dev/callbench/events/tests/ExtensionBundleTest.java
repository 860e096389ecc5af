package dev.callbench.events.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleException;
import org.osgi.service.log.LogReaderService;

import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.CallbenchEvent;
import dev.callbench.api.internal.suite.EventBus;
import dev.callbench.api.internal.suite.EventBusMetrics.ListenerMetrics;
import dev.callbench.api.whiteboard.ContactListener;
import dev.callbench.tests.support.EventRecorder;
import dev.callbench.tests.support.ModelFixtures;
import dev.callbench.tests.support.Wait;

/**
 * An extension bundle (dev.callbench.events.tests.fixture, two DS components) started, stopped, uninstalled and
 * installed again while events flow, as an integrator's bundle is when installed from the update site.
 */
class ExtensionBundleTest {

    private static final String FIXTURE = "dev.callbench.events.tests.fixture";
    private static final Duration PATIENCE = Duration.ofSeconds(10);

    private TestRuntime runtime;
    private EventBus bus;
    private Bundle fixture;

    @BeforeEach
    void start() throws InterruptedException {
        runtime = new TestRuntime();
        bus = runtime.service(EventBus.class);
        fixture = Arrays.stream(runtime.context().getBundles()).filter(b -> FIXTURE.equals(b.getSymbolicName()))
                .findFirst().orElseThrow(() -> new AssertionError(FIXTURE + " is not installed in the test runtime"));
    }

    @AfterEach
    void stop() throws BundleException {
        fixture.stop();
        runtime.close();
    }

    @Test
    void anExtensionInstalledAndRemovedWhileEventsFlowCostsNobodyAnEvent() throws Exception {
        EventRecorder steady = new EventRecorder();
        runtime.listen(bus, ContactListener.class, steady, Map.of());
        AtomicBoolean flowing = new AtomicBoolean(true);
        CompletableFuture<Integer> publisher = CompletableFuture.supplyAsync(() -> publishWhile(flowing));

        fixture.start();
        awaitDeliveriesTo("CountingListener");
        fixture.stop();
        Wait.until("the stopped extension's listener is dropped", () -> listener("CountingListener").isEmpty(),
                PATIENCE);
        var content = BundleCopy.of(fixture);
        fixture.uninstall();
        fixture = runtime.context().installBundle("test:" + FIXTURE + "-reinstalled", content);
        fixture.start();
        awaitDeliveriesTo("CountingListener");

        flowing.set(false);
        int published = publisher.get(30, TimeUnit.SECONDS);
        List<CallbenchEvent> received = steady.awaitCount(published, PATIENCE);
        assertEquals(published, received.size(), "the steady listener got every event, once");
    }

    @Test
    void aQuarantinedListenerStaysQuarantinedUntilItsBundleRestarts() throws Exception {
        fixture.start();
        Wait.until("the stalling listener is picked up", () -> listener("StallingListener").isPresent(), PATIENCE);
        try (LogWatch log = new LogWatch(runtime.service(LogReaderService.class))) {
            bus.publish(ModelFixtures.agentEvent(AgentEvent.Type.ERROR));
            log.await(PATIENCE, "StallingListener", "quarantined");
        }
        bus.publish(ModelFixtures.agentEvent(AgentEvent.Type.REFRESH));
        ListenerMetrics quarantined = listener("StallingListener").orElseThrow();
        assertTrue(quarantined.quarantined());
        assertEquals(1, quarantined.delivered(), "not called again after its stalled call");

        fixture.stop();
        fixture.start();
        Wait.until("the restarted listener is picked up", () -> listener("StallingListener").isPresent(), PATIENCE);
        assertFalse(listener("StallingListener").orElseThrow().quarantined(), "a restart gives a fresh start");
        bus.publish(ModelFixtures.agentEvent(AgentEvent.Type.REFRESH));
        Wait.until("the restarted listener is called again",
                () -> listener("StallingListener").orElseThrow().delivered() == 1, PATIENCE);
    }

    private int publishWhile(AtomicBoolean flowing) {
        int published = 0;
        while (flowing.get()) {
            bus.publish(ModelFixtures.numbered("c-flow", published++));
        }
        return published;
    }

    private void awaitDeliveriesTo(String listenerClass) {
        Wait.until(listenerClass + " receives events",
                () -> listener(listenerClass).map(l -> l.delivered() > 0).orElse(false), PATIENCE);
    }

    private Optional<ListenerMetrics> listener(String simpleClassName) {
        String prefix = "dev.callbench.events.tests.fixture." + simpleClassName + "#";
        return bus.metrics().listeners().stream().filter(l -> l.name().startsWith(prefix))
                .filter(l -> FIXTURE.equals(l.bundle())).findFirst();
    }
}
