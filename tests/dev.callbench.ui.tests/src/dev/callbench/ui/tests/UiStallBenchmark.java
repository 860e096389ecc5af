package dev.callbench.ui.tests;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import org.eclipse.swt.widgets.Display;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osgi.service.event.EventAdmin;

import dev.callbench.api.AgentSnapshot;
import dev.callbench.api.Contact;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.api.event.EventProperties;
import dev.callbench.api.service.ContactCenter;
import dev.callbench.tests.support.LocalContactCenterExtension;
import dev.callbench.tests.support.OsgiServices;
import dev.callbench.tests.support.Wait;

/**
 * A benchmark, not a test (its name keeps it out of {@code ./test}; {@code tests/bench/run startup} runs it): the
 * real workbench, signed in to a real local contact center with a call ringing, gets a burst of 1,000 contact events of
 * that call through the event bus's EventAdmin bridge, as the CTI client publishes them; meanwhile a probe on the UI
 * thread asks to run every 5 ms and notes how late it ran. Prints the longest stall; asserts nothing about time.
 */
class UiStallBenchmark {

    private static final String PANEL = "dev.callbench.ui.part.controlPanel";
    private static final int EVENTS = 1_000;
    private static final int PROBE_MILLIS = 5;

    @RegisterExtension
    static final LocalContactCenterExtension CENTER = TestCenterAgent.oneAgentCenter("dana", "Dana Scully", "Support");

    private static WorkbenchDriver workbench;
    private static TestCenterAgent dana;

    @BeforeAll
    static void signIn() throws Exception {
        workbench = WorkbenchDriver.attach(PANEL);
        dana = TestCenterAgent.signIn(CENTER, "dana", "pw-dana");
    }

    @AfterAll
    static void giveBack() throws Exception {
        if (dana != null) {
            dana.giveBack();
        }
    }

    @Test
    void aBurstOfAThousandContactEvents() throws Exception {
        dana.startClean(Map.of());
        String contactId = dana.placeCall("Support", "+15555550100", "Burst Caller");
        ContactCenter center = OsgiServices.await(ContactCenter.class);
        AgentSnapshot ringing = Wait.forValue("the call offered", () -> center.snapshot()
                .filter(s -> s.contact(contactId).isPresent()), Duration.ofSeconds(15));
        Contact contact = ringing.contact(contactId).orElseThrow();
        Display display = workbench.partComposite(PANEL).getDisplay();
        AtomicLong longest = new AtomicLong();
        boolean[] probing = { true };
        Runnable[] probe = new Runnable[1];
        long[] due = { System.nanoTime() + PROBE_MILLIS * 1_000_000L };
        probe[0] = () -> {
            long now = System.nanoTime();
            longest.accumulateAndGet((now - due[0]) / 1_000_000, Math::max);
            if (probing[0]) {
                due[0] = System.nanoTime() + PROBE_MILLIS * 1_000_000L;
                display.timerExec(PROBE_MILLIS, probe[0]);
            }
        };
        display.asyncExec(() -> {
            due[0] = System.nanoTime() + PROBE_MILLIS * 1_000_000L;
            display.timerExec(PROBE_MILLIS, probe[0]);
        });
        workbench.settle();
        longest.set(0);

        java.util.concurrent.atomic.AtomicInteger delivered = new java.util.concurrent.atomic.AtomicInteger();
        var context = org.osgi.framework.FrameworkUtil.getBundle(UiStallBenchmark.class).getBundleContext();
        var counter = context.registerService(org.osgi.service.event.EventHandler.class,
                event -> delivered.incrementAndGet(), new java.util.Hashtable<>(Map.of(
                        org.osgi.service.event.EventConstants.EVENT_TOPIC, ContactEvent.topicOf(ContactEvent.Type.REFRESH))));
        EventAdmin events = OsgiServices.await(EventAdmin.class);
        long start = System.nanoTime();
        for (int i = 0; i < EVENTS; i++) {
            ContactEvent refresh = ContactEvent.of(ContactEvent.Type.REFRESH, contact, ringing);
            events.postEvent(new org.osgi.service.event.Event(ContactEvent.topicOf(ContactEvent.Type.REFRESH),
                    Map.of(EventProperties.E4_DATA, refresh)));
        }
        Wait.until("EventAdmin delivered the burst", () -> delivered.get() >= EVENTS, Duration.ofSeconds(60));
        counter.unregister();
        workbench.settle(); // the UI thread has drained what the burst queued
        long burstMillis = (System.nanoTime() - start) / 1_000_000;
        display.syncExec(() -> probing[0] = false);
        System.out.printf("UI stall: longest %d ms while the workbench handled a burst of %d contact events "
                + "(%d ms from the first posted to the UI thread idle)%n", longest.get(), EVENTS, burstMillis);
        dana.hangUp(contactId);
    }
}
