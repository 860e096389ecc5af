package dev.callbench.softphone.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.component.runtime.ServiceComponentRuntime;
import org.osgi.service.component.runtime.dto.ComponentDescriptionDTO;

import com.google.gson.JsonObject;

import dev.callbench.softphone.internal.engine.Backoff;
import dev.callbench.softphone.internal.engine.EngineProcess;
import dev.callbench.softphone.internal.engine.MediaEngineException;
import dev.callbench.softphone.internal.engine.MediaEngineListener;
import dev.callbench.softphone.internal.engine.MediaEngineSupervisor;
import dev.callbench.softphone.internal.Messages;
import dev.callbench.tests.support.OsgiServices;

/** The supervisor with real engine processes: deaths, restarts, recycling, and the softphone's own component. */
class MediaEngineSupervisorTest {

    private final BlockingQueue<EngineProcess> started = new LinkedBlockingQueue<>();
    private final BlockingQueue<EngineProcess> recycled = new LinkedBlockingQueue<>();
    private final BlockingQueue<String> died = new LinkedBlockingQueue<>();
    private final List<String> failing = new CopyOnWriteArrayList<>();
    private final MediaEngineListener listener = new MediaEngineListener() {
        @Override
        public void started(EngineProcess engine) {
            started.add(engine);
        }

        @Override
        public void recycled(EngineProcess engine) {
            recycled.add(engine);
        }

        @Override
        public void died(EngineProcess engine, String sentence) {
            died.add(sentence);
        }

        @Override
        public void failing(String sentence) {
            failing.add(sentence);
        }
    };
    private MediaEngineSupervisor supervisor;

    @AfterEach
    void stop() {
        if (supervisor != null) {
            supervisor.stop();
        }
    }

    @Test
    void anEngineKilledWhileARequestWaitsFailsItAtOnceAndIsStartedAgain() throws Exception {
        EngineProcess first = startReal();
        CompletableFuture<JsonObject> held = first.request("hold", null);

        long killed = System.nanoTime();
        ProcessHandle.of(first.pid()).orElseThrow().destroyForcibly();
        MediaEngineException stopped = EngineProcessTest.failure(held);
        long failedAfter = System.nanoTime() - killed;
        assertEquals(MediaEngineException.Reason.STOPPED, stopped.reason(), stopped.detail());
        assertEquals(Messages.engineStopped, stopped.getMessage());
        assertEquals(Messages.engineRestarting, died.poll(Engines.WAIT.toSeconds(), TimeUnit.SECONDS));

        EngineProcess second = started.poll(Engines.WAIT.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(second, "the engine was not started again");
        System.out.printf("Media engine killed: its pending request failed after %d ms; a new engine answered %d ms"
                + " after the kill (0.5 s of it the back-off)%n", TimeUnit.NANOSECONDS.toMillis(failedAfter),
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - killed));
        assertNotEquals(first.pid(), second.pid());
        assertEquals(second.pid(), supervisor.request("ping", null).get(Engines.WAIT.toSeconds(), TimeUnit.SECONDS)
                .get("pid").getAsLong());
        assertTrue(failing.isEmpty(), failing.toString());
    }

    @Test
    void anEngineThatKeepsBreakingTheProtocolIsStartedAgainAndTheAgentIsWarnedOnce() throws Exception {
        supervisor = new MediaEngineSupervisor(() -> Engines.misbehaving("malformed"),
                new Backoff(Duration.ofMillis(20), Duration.ofMillis(100), Duration.ofMinutes(1)), Long.MAX_VALUE);
        supervisor.addListener(listener);
        supervisor.start();

        for (int death = 1; death <= 4; death++) {
            assertEquals(Messages.engineRestarting, died.poll(Engines.WAIT.toSeconds(), TimeUnit.SECONDS),
                    "death " + death);
        }
        assertEquals(List.of(Messages.engineKeepsFailing), failing);
        assertTrue(started.isEmpty(), "a misbehaving engine counted as started");
        assertTrue(supervisor.current().isEmpty());
    }

    @Test
    void anEngineAboveTheBoundIsReplacedBetweenCallsAndTheNewOneAnswers() throws Exception {
        EngineProcess first = startReal();
        assertFalse(supervisor.recycleIfAbove(Long.MAX_VALUE).get(Engines.WAIT.toSeconds(), TimeUnit.SECONDS));

        assertTrue(supervisor.recycleIfAbove(1).get(Engines.WAIT.toSeconds(), TimeUnit.SECONDS));
        EngineProcess second = recycled.poll(Engines.WAIT.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(second, "no recycled engine was announced");
        assertNotEquals(first.pid(), second.pid());
        Engines.awaitGone(first.pid());
        assertEquals(second.pid(), supervisor.request("ping", null).get(Engines.WAIT.toSeconds(), TimeUnit.SECONDS)
                .get("pid").getAsLong());
        assertTrue(died.isEmpty(), "a planned restart counted as a death: " + died);
        assertTrue(started.isEmpty(), "a recycled engine was announced as started");
    }

    @Test
    void theSoftphonesSupervisorRunsAnEngineFromItsStartAndStopsItWhenDeactivated() throws Exception {
        ServiceComponentRuntime runtime = OsgiServices.await(ServiceComponentRuntime.class);
        ComponentDescriptionDTO component = runtime.getComponentDescriptionDTO(
                FrameworkUtil.getBundle(MediaEngineSupervisor.class), MediaEngineSupervisor.class.getName());
        try {
            MediaEngineSupervisor running = OsgiServices.await(MediaEngineSupervisor.class);
            EngineProcess engine = running.engine().get(Engines.WAIT.toSeconds(), TimeUnit.SECONDS);
            assertEquals(engine.pid(), running.request("ping", null).get(Engines.WAIT.toSeconds(), TimeUnit.SECONDS)
                    .get("pid").getAsLong());

            runtime.disableComponent(component).getValue();
            Engines.awaitGone(engine.pid());
        } finally {
            runtime.enableComponent(component).getValue();
        }
    }

    private EngineProcess startReal() throws InterruptedException {
        supervisor = new MediaEngineSupervisor(Engines::real, Backoff.standard(), Long.MAX_VALUE);
        supervisor.addListener(listener);
        supervisor.start();
        EngineProcess engine = started.poll(Engines.WAIT.toSeconds(), TimeUnit.SECONDS);
        assertNotNull(engine, "no engine started");
        return engine;
    }
}
