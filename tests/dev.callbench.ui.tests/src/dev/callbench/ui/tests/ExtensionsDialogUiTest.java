package dev.callbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import dev.callbench.tests.support.Wait;

/**
 * Without a p2 installation profile, as in this test runtime or in a Callbench copied together without p2, the
 * Extensions dialog says in words why it cannot install, and offers nothing to click. The dialog at work, installing
 * and uninstalling, is tested in the installed product, which has a profile: ExtensionsDialogTest.
 */
class ExtensionsDialogUiTest {

    private static final String ABOUT_PART = "dev.callbench.ui.part.about";
    private static final Duration SOON = Duration.ofSeconds(30);
    private static WorkbenchDriver workbench;

    @BeforeAll
    static void attach() throws InterruptedException {
        workbench = WorkbenchDriver.attach(ABOUT_PART);
    }

    @AfterAll
    static void closeTheDialog() {
        workbench.ui(() -> {
            dialog().ifPresent(Shell::close);
            return null;
        });
    }

    @Test
    void withoutAnInstallationProfileTheDialogSaysWhyItCannotInstall() throws Exception {
        openFromTheMenu();
        Wait.until("the dialog says why it cannot install", () -> labels().stream()
                .anyMatch(text -> text.startsWith("This Callbench cannot install or uninstall extensions, because it "
                        + "was not installed with p2")), SOON, ExtensionsDialogUiTest::labels);
        List<String> enabled = workbench.ui(() -> WorkbenchDriver.findAll(dialog().orElseThrow(), Button.class,
                button -> button.isVisible() && button.isEnabled()).stream().map(Button::getText).toList());
        assertEquals(List.of("Folder\u2026", "Close"), enabled.stream().map(t -> t.replace("&", ""))
                .toList(), "only choosing another site and closing can be done");
        workbench.screenshot("extensions-no-profile");
    }

    /** Alt+C opens the Callbench menu and E its Extensions item, as real key presses on the window. */
    private static void openFromTheMenu() {
        workbench.ui(() -> {
            workbench.partComposite(ABOUT_PART).getShell().forceActive();
            return null;
        });
        workbench.settle();
        workbench.post(SWT.KeyDown, e -> e.keyCode = SWT.ALT);
        workbench.post(SWT.KeyDown, e -> e.character = 'c');
        workbench.post(SWT.KeyUp, e -> e.character = 'c');
        workbench.post(SWT.KeyUp, e -> e.keyCode = SWT.ALT);
        workbench.settle();
        workbench.post(SWT.KeyDown, e -> e.character = 'e');
        workbench.post(SWT.KeyUp, e -> e.character = 'e');
        Wait.until("the Extensions dialog opens", () -> workbench.ui(() -> dialog().isPresent()), SOON);
    }

    private static List<String> labels() {
        return workbench.ui(() -> dialog().map(shell -> WorkbenchDriver.findAll(shell, Label.class,
                Label::isVisible).stream().map(Label::getText).toList()).orElse(List.of()));
    }

    private static Optional<Shell> dialog() {
        return Arrays.stream(workbench.partComposite(ABOUT_PART).getDisplay().getShells())
                .filter(shell -> !shell.isDisposed() && shell.isVisible() && "Extensions".equals(shell.getText()))
                .findFirst();
    }
}
