package dev.callbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

/** The product's window opens and tells the agent which Callbench it is. */
class AboutPartUiTest {

    private static final String ABOUT_PART = "dev.callbench.ui.part.about";
    private static WorkbenchDriver workbench;

    @BeforeAll
    static void attach() throws InterruptedException {
        workbench = WorkbenchDriver.attach(ABOUT_PART);
    }

    @Test
    void windowAndTabsAreLabelledInWords() {
        String title = workbench.ui(() -> workbench.partComposite(ABOUT_PART).getShell().getText());
        assertEquals("Callbench", title);
        List<String> tabs = workbench.ui(() -> WorkbenchDriver.findAll(workbench.partComposite(ABOUT_PART).getShell(),
                CTabFolder.class, folder -> true).stream().flatMap(folder -> Arrays.stream(folder.getItems()))
                .map(CTabItem::getText).toList());
        assertEquals(List.of("Agent", "About Callbench", "Event log"), tabs.stream().limit(3).toList(),
                "the workbench's own tabs come first, before any extension's: " + tabs);
    }

    @Test
    void aboutPartShowsTheProductVersion() throws Exception {
        workbench.selectTab("About Callbench");
        List<String> texts = workbench.ui(() -> WorkbenchDriver
                .findAll(workbench.partComposite(ABOUT_PART), Label.class, label -> label.isVisible())
                .stream().map(Label::getText).toList());

        assertEquals("Callbench", texts.get(0));
        assertEquals("Version " + uiBundle().getVersion(), texts.get(1));
        assertTrue(texts.get(2).startsWith("Java "), texts.get(2));
        workbench.screenshot("about-part");
    }

    private static Bundle uiBundle() {
        for (Bundle bundle : FrameworkUtil.getBundle(AboutPartUiTest.class).getBundleContext().getBundles()) {
            if (bundle.getSymbolicName().equals("dev.callbench.ui")) {
                return bundle;
            }
        }
        throw new AssertionError("dev.callbench.ui is not installed");
    }
}
