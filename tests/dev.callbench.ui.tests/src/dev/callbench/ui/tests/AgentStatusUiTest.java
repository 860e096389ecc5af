package dev.callbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.osgi.framework.FrameworkUtil;
import org.osgi.service.event.EventAdmin;
import org.osgi.util.tracker.ServiceTracker;

import dev.callbench.api.AgentSnapshot;
import dev.callbench.api.event.CoreEvents;
import dev.callbench.api.event.EventProperties;
import dev.callbench.api.service.ContactCenter;
import dev.callbench.tests.support.Wait;

/**
 * With no contact center configured, the workbench starts the local contact center as its own process, signs the
 * first agent of its configuration in, and the agent changes state from the status part: a real round trip through
 * the CTI client, the local contact center's HTTP service and the event bus.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class) // the problem is shown last, so the first screenshot is clean
class AgentStatusUiTest {

    private static final String STATUS_PART = "dev.callbench.ui.part.controlPanel";
    private static final long SIGN_IN_TIMEOUT_MILLIS = 90_000;
    private static WorkbenchDriver workbench;

    @BeforeAll
    static void attach() throws InterruptedException {
        workbench = WorkbenchDriver.attach(STATUS_PART);
    }

    @Test
    @Order(1)
    void agentIsSignedInToTheLocalContactCenterAndGoesAvailable() throws Exception {
        Wait.until("the agent is shown as signed in", () -> labels().contains("Alice Martin (alice)"),
                Duration.ofMillis(SIGN_IN_TIMEOUT_MILLIS), AgentStatusUiTest::labels);
        assertTrue(labels().contains("Connected to the contact center."), labels().toString());
        assertEquals("Offline", workbench.ui(() -> stateChooser().getText()));

        workbench.ui(() -> {
            Combo chooser = stateChooser();
            chooser.select(Arrays.asList(chooser.getItems()).indexOf("Available"));
            chooser.notifyListeners(SWT.Selection, new Event());
            return null;
        });

        ContactCenter contactCenter = contactCenter();
        Wait.until("the contact center sees the agent Available",
                () -> stateOnTheContactCenter(contactCenter).equals(Optional.of("Available")), Duration.ofSeconds(10),
                () -> stateOnTheContactCenter(contactCenter));
        Wait.until("the status part shows Available",
                () -> "Available".equals(workbench.ui(() -> stateChooser().getText())), Duration.ofSeconds(10));
        workbench.screenshot("agent-status");
    }

    @Test
    @Order(2)
    void aProblemBeforeAnySessionIsShownInWords() throws Exception {
        // the test stands in for the CTI client, which posts this when a sign-in is refused (CtiComponentTest)
        String sentence = "The contact center did not accept your user name or password, so you are not signed in.";
        service(EventAdmin.class).postEvent(new org.osgi.service.event.Event(CoreEvents.AUTH_FAIL,
                Map.of(CoreEvents.PROBLEM, sentence, EventProperties.E4_DATA, sentence)));

        Wait.until("the part shows the problem", () -> labels().contains(sentence), Duration.ofSeconds(10),
                AgentStatusUiTest::labels);
        workbench.screenshot("agent-status-core-problem");
    }

    private static List<String> labels() {
        return workbench.ui(() -> WorkbenchDriver.findAll(workbench.partComposite(STATUS_PART), Label.class, l -> true)
                .stream().map(Label::getText).toList());
    }

    private static Combo stateChooser() {
        return WorkbenchDriver.findAll(workbench.partComposite(STATUS_PART), Combo.class, c -> true).get(0);
    }

    private static Optional<String> stateOnTheContactCenter(ContactCenter contactCenter) {
        return contactCenter.snapshot().map(AgentSnapshot::agent).map(agent -> agent.state().name());
    }

    private static ContactCenter contactCenter() throws InterruptedException {
        return service(ContactCenter.class);
    }

    private static <S> S service(Class<S> type) throws InterruptedException {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(
                FrameworkUtil.getBundle(AgentStatusUiTest.class).getBundleContext(), type, null);
        tracker.open();
        try {
            S service = tracker.waitForService(10_000);
            assertNotNull(service, "no " + type.getSimpleName() + " service");
            return service;
        } finally {
            tracker.close();
        }
    }
}
