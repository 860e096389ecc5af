package dev.callbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import dev.callbench.tests.support.LocalContactCenterExtension;
import dev.callbench.tests.support.Wait;

/**
 * The Event log tab of the real workbench, against a local contact center of the test's own: it lists the
 * session's events as they come (the log is kept before the tab is first shown), a filter typed into it keeps the
 * events of one contact, and Export logs writes the whole log to the downloads folder with no token, credential or
 * password in it.
 */
class EventLogUiTest {

    private static final String CONTROL_PANEL = "dev.callbench.ui.part.controlPanel";
    private static final String EVENT_LOG = "dev.callbench.ui.part.eventLog";
    private static final Duration SOON = Duration.ofSeconds(15);

    @RegisterExtension
    static final LocalContactCenterExtension CENTER = TestCenterAgent.oneAgentCenter("gil", "Gil Grissom", "Support");

    @TempDir
    static Path downloads;

    private static WorkbenchDriver workbench;
    private static TestCenterAgent gil;

    @BeforeAll
    static void signIn() throws Exception {
        workbench = WorkbenchDriver.attach(CONTROL_PANEL);
        gil = TestCenterAgent.signIn(CENTER, "gil", "pw-gil");
        // the state chooser lists Gil's states once the panel shows him, not the agent's signed in before
        Wait.until("the control panel shows Gil", () -> workbench.labels(CONTROL_PANEL).contains("Gil Grissom (gil)"),
                SOON, () -> workbench.labels(CONTROL_PANEL));
        System.setProperty("callbench.downloads", downloads.toString());
    }

    @AfterAll
    static void giveBack() throws Exception {
        System.clearProperty("callbench.downloads");
        if (gil != null) {
            gil.giveBack();
        }
    }

    @Test
    void theLogListsFiltersAndExportsTheSessionsEventsWithoutSecrets() throws Exception {
        workbench.choose(EventLogUiTest::stateChooser, "Available");
        Wait.until("Gil is Available", () -> gil.server().state().name().equals("Available"), SOON,
                () -> gil.server().state());
        String contactId = gil.placeCall("Support", "+15555550111", "Sara Sidle");
        Wait.until("the call rings in the control panel", () -> workbench.labels(CONTROL_PANEL)
                .contains("Incoming call"), SOON, () -> workbench.labels(CONTROL_PANEL));

        workbench.selectTab("Event log");
        Wait.until("the log lists Available and the offered call", () -> rows().contains(
                "agent::state_change | Available") && rows().contains("contact::connecting | " + contactId
                        + " connecting"), SOON, EventLogUiTest::rows);

        type(contactId.substring(0, 8));
        Wait.until("only the call's events are shown", () -> !rows().isEmpty()
                && rows().stream().allMatch(row -> row.contains(contactId)), SOON, EventLogUiTest::rows);
        workbench.screenshot("event-log");

        workbench.click(EVENT_LOG, "Export logs");
        Path exported = Wait.forValue("the log is exported", EventLogUiTest::exportedFile, SOON);
        Wait.until("the tab says where", () -> workbench.labels(EVENT_LOG).contains(
                "The event log is saved in " + exported + "."), SOON, () -> workbench.labels(EVENT_LOG));
        String text = Files.readString(exported);
        assertTrue(text.contains("agent::state_change\tAvailable") && text.contains("contact::connecting\t" + contactId),
                "every event is exported, whatever the filter: " + text);
        String token = gil.server().contacts().get(0).callContextToken();
        assertFalse(token == null || token.isEmpty(), "the offered call has a call context token");
        assertFalse(text.contains(token), "the call context token is in the export");
        assertFalse(text.contains("pw-gil"), "the password is in the export");
        gil.hangUp(contactId);
    }

    private static Optional<Path> exportedFile() {
        try (var files = Files.list(downloads)) {
            return files.filter(file -> file.getFileName().toString().startsWith("callbench-log-")).findFirst()
                    .filter(file -> workbench.labels(EVENT_LOG).stream().anyMatch(l -> l.contains(file.toString())));
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    /** Each row of the log's table as "event | detail". */
    private static List<String> rows() {
        return workbench.ui(() -> {
            Table table = WorkbenchDriver.findAll(workbench.partComposite(EVENT_LOG), Table.class, t -> true).get(0);
            return List.of(table.getItems()).stream().map(EventLogUiTest::row).toList();
        });
    }

    private static String row(TableItem item) {
        return item.getText(1) + " | " + item.getText(2);
    }

    /** A real click into the filter, then each character typed as a key press. */
    private static void type(String text) throws Exception {
        workbench.clickOn(EventLogUiTest::filterField, "the filter");
        Wait.until("the filter has the focus", () -> workbench.ui(() -> filterField().isFocusControl()), SOON);
        for (char c : text.toCharArray()) {
            workbench.post(SWT.KeyDown, e -> e.character = c);
            workbench.post(SWT.KeyUp, e -> e.character = c);
        }
        Wait.until("the filter shows " + text, () -> workbench.ui(() -> filterField().getText()).equals(text), SOON,
                () -> workbench.ui(() -> filterField().getText()));
    }

    private static Text filterField() {
        return WorkbenchDriver.findAll(workbench.partComposite(EVENT_LOG), Text.class, t -> true).get(0);
    }

    private static Combo stateChooser() {
        return WorkbenchDriver.findAll(workbench.partComposite(CONTROL_PANEL), Combo.class, c -> true).get(0);
    }
}
