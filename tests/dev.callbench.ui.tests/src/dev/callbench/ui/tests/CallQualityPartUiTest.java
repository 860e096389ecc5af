package dev.callbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swtchart.Chart;
import org.eclipse.swtchart.ISeries;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.callbench.api.service.ContactCenter;
import dev.callbench.tests.support.LocalContactCenterExtension;
import dev.callbench.tests.support.OsgiServices;
import dev.callbench.tests.support.Wait;

/**
 * The Call quality tab of the real workbench during a real softphone call: the workbench's own softphone carries the
 * call's audio through the local contact center's coturn relay to its media endpoint, measures it every second, and
 * the tab charts jitter, packet loss, round trip and both audio levels; when the call ends, the session's report
 * shows with the time each stage took.
 */
class CallQualityPartUiTest {

    private static final String PART = "dev.callbench.ui.part.callQuality";
    private static final String AGENT = "ann";
    private static final Duration SOON = Duration.ofSeconds(30);
    /** Seconds of the call each chart must have drawn. */
    private static final int SECONDS = 8;

    /** With the TURN relay (coturn) the local contact center starts: softphone calls have real audio. */
    @RegisterExtension
    static final LocalContactCenterExtension CENTER = TestCenterAgent.oneAgentCenter(AGENT, "Ann Perkins", "Support",
            true);

    private static WorkbenchDriver workbench;
    private static TestCenterAgent ann;

    @BeforeAll
    static void signIn() throws Exception {
        workbench = WorkbenchDriver.attach("dev.callbench.ui.part.controlPanel");
        ann = TestCenterAgent.signIn(CENTER, AGENT, "pw-" + AGENT);
        ann.startClean(Map.of());
    }

    @AfterAll
    static void giveTheWorkbenchItsOwnSignInBack() throws Exception {
        if (ann != null) {
            ann.startClean(Map.of());
            ann.giveBack();
        }
    }

    @Test
    void aSoftphoneCallIsChartedSecondBySecondAndItsReportShowsWhenItEnds() throws Exception {
        workbench.selectTab("Call quality");
        String contactId = ann.placeCall("Support", "+15555550199", "Leslie Knope");
        ContactCenter center = OsgiServices.await(ContactCenter.class);
        Wait.until("the call is offered", () -> center.snapshot().flatMap(s -> s.contact(contactId)).isPresent(),
                SOON);
        center.accept(contactId).toCompletableFuture().get(SOON.toSeconds(), TimeUnit.SECONDS);

        Wait.until("the tab tells the call's quality now", () -> workbench.labels(PART).stream()
                .anyMatch(text -> text.startsWith("Call " + contactId + " at ")), SOON, () -> workbench.labels(PART));
        Wait.until("every chart has drawn " + SECONDS + " seconds of the call", () -> pointsPerChart().stream()
                .allMatch(points -> points >= SECONDS), SOON, this::pointsPerChart);
        assertEquals(4, pointsPerChart().size(), "jitter, packet loss, round trip, audio levels");
        workbench.screenshot("call-quality-part");

        center.end(contactId).toCompletableFuture().get(SOON.toSeconds(), TimeUnit.SECONDS);
        Wait.until("the session's report shows", () -> workbench.labels(PART).contains(
                "The last softphone session, of contact " + contactId + ":"), SOON, () -> workbench.labels(PART));
        List<List<String>> report = workbench.tableRows(PART);
        assertTrue(report.stream().anyMatch(row -> row.get(0).equals("Talking") && row.get(1).matches("\\d+ ms")
                && row.get(2).equals("talkingTimeMillis")), report.toString());
        workbench.screenshot("call-quality-report");
    }

    /** For each chart of the tab, the most points any of its lines draws. */
    private List<Integer> pointsPerChart() {
        return workbench.ui(() -> WorkbenchDriver.findAll(workbench.partComposite(PART), Chart.class,
                Control::isVisible).stream().map(chart -> List.of(chart.getSeriesSet().getSeries()).stream()
                        .mapToInt((ISeries<?> series) -> series.getYSeries().length).max().orElse(0)).toList());
    }
}
