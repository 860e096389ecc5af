package dev.callbench.ui.tests;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.SWT;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.callbench.api.service.ContactCenter;
import dev.callbench.tests.support.LocalContactCenterExtension;
import dev.callbench.tests.support.OsgiServices;
import dev.callbench.tests.support.Wait;

/**
 * The Queues tab of the real workbench, polling a real local contact center (GetCurrentMetricData): the agent's
 * queue with nobody waiting and the agent available; then, the agent on a call, a second caller waits and the tab
 * counts them, with a longest wait that grows.
 */
class QueuePartUiTest {

    private static final String PART = "dev.callbench.ui.part.queues";
    private static final String AGENT = "kim";
    /** The tab asks every few seconds: two rounds and some. */
    private static final Duration SOON = Duration.ofSeconds(20);

    /** With audio, as an agent has it: the softphone carries the call Kim is on. */
    @RegisterExtension
    static final LocalContactCenterExtension CENTER = TestCenterAgent.oneAgentCenter(AGENT, "Kim Wexler", "Claims",
            true);

    private static WorkbenchDriver workbench;
    private static TestCenterAgent kim;

    @BeforeAll
    static void signIn() throws Exception {
        workbench = WorkbenchDriver.attach("dev.callbench.ui.part.controlPanel");
        kim = TestCenterAgent.signIn(CENTER, AGENT, "pw-" + AGENT);
    }

    @BeforeEach
    void kimIsAvailableWithNoContactAndTheQueuesTabInFront() throws Exception {
        kim.startClean(Map.of());
        workbench.selectTab("Queues");
    }

    @AfterAll
    static void giveTheWorkbenchItsOwnSignInBack() throws Exception {
        if (kim != null) {
            kim.giveBack();
        }
    }

    @Test
    void theQueueIsCountedAndACallerWaitingShowsWithTheLongestWait() throws Exception {
        // queue, waiting, longest wait, available, online, on contact
        Wait.until("the tab shows Kim available in an empty queue", () -> workbench.tableRows(PART).equals(List.of(
                List.of("Claims", "0", "\u2014", "1", "1", "0"))), SOON, () -> workbench.tableRows(PART));

        String call = kim.placeCall("Claims", "+15555550188", "Saul Goodman");
        ContactCenter center = OsgiServices.await(ContactCenter.class);
        Wait.until("the call is offered to Kim", () -> center.snapshot().flatMap(s -> s.contact(call)).isPresent(),
                SOON);
        center.accept(call).toCompletableFuture().get(SOON.toSeconds(), TimeUnit.SECONDS);
        String waiting = kim.placeCall("Claims", "+15555550189", "Howard Hamlin");
        try {
            Wait.until("the tab counts the caller who waits, for a second or more", () -> workbench.tableRows(PART)
                    .stream().anyMatch(row -> row.get(0).equals("Claims") && row.get(1).equals("1")
                            && row.get(2).matches("0:0[1-9]|0:[1-5][0-9]") && row.subList(3, 6).equals(
                                    List.of("0", "1", "1"))), SOON, () -> workbench.tableRows(PART));
            workbench.post(SWT.MouseMove, e -> { // off the window: no tooltip of an earlier test's pointer in the shot
                e.x = 0;
                e.y = 0;
            });
            workbench.screenshot("queues-part");
        } finally {
            kim.hangUp(waiting);
        }
    }
}
