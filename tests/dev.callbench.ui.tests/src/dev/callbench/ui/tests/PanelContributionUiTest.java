package dev.callbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.eclipse.swt.widgets.Combo;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;

import dev.callbench.api.ContactType;
import dev.callbench.api.whiteboard.PanelContribution;
import dev.callbench.tests.support.LocalContactCenterExtension;
import dev.callbench.tests.support.Wait;
import dev.callbench.ui.tests.panels.TestPanels;

/**
 * Panels of other bundles in the real workbench, against the real local contact center: a PanelContribution
 * registered while the workbench runs (by this test bundle, as an extension's component would) becomes a tab of the
 * main part stack that a real click brings up, and goes when it is unregistered; a panel that throws while it is
 * created, or when a call is offered, is replaced by a sentence that names its bundle, while the control panel goes on
 * working (real clicks take and finish the very call that broke the panel).
 */
class PanelContributionUiTest {

    private static final String CONTROL_PANEL = "dev.callbench.ui.part.controlPanel";
    private static final String PANEL_PART_PREFIX = "dev.callbench.ui.panel.";
    private static final String TEST_BUNDLE = "dev.callbench.ui.tests";
    private static final Duration SOON = Duration.ofSeconds(15);

    @RegisterExtension
    static final LocalContactCenterExtension CENTER = TestCenterAgent.oneAgentCenter("walter", "Walter Skinner",
            "Support");

    private static WorkbenchDriver workbench;
    private static TestCenterAgent walter;
    private final List<ServiceRegistration<PanelContribution>> registered = new ArrayList<>();

    @BeforeAll
    static void signIn() throws Exception {
        workbench = WorkbenchDriver.attach(CONTROL_PANEL);
        walter = TestCenterAgent.signIn(CENTER, "walter", "pw-walter");
        Wait.until("the control panel shows Walter", () -> workbench.labels(CONTROL_PANEL)
                .contains("Walter Skinner (walter)"), SOON, () -> workbench.labels(CONTROL_PANEL));
    }

    @AfterAll
    static void giveTheWorkbenchItsOwnSignInBack() throws Exception {
        if (walter != null) {
            walter.giveBack();
        }
    }

    @AfterEach
    void unregisterThePanels() {
        registered.forEach(ServiceRegistration::unregister);
    }

    @Test
    void aContributionRegisteredAtRunTimeBecomesATabAndGoesWhenUnregistered() throws Exception {
        String partId = PANEL_PART_PREFIX + "greeting";
        ServiceRegistration<PanelContribution> registration = register("greeting", "Greeting",
                TestPanels.Greeting.class, Set.of(ContactType.CHAT));
        workbench.selectTab("Greeting");
        Wait.until("the Greeting panel comes up", () -> workbench.selectedMainPart()
                .equals(Optional.of(partId)), SOON, workbench::selectedMainPart);
        Wait.until("the panel is drawn", () -> workbench.labels(partId).contains(TestPanels.Greeting.TEXT), SOON,
                () -> workbench.labels(partId));
        workbench.screenshot("panel-contributed");

        int closedBefore = TestPanels.Greeting.CLOSED.get();
        registration.unregister();
        registered.remove(registration);
        Wait.until("the Greeting tab is gone", () -> !workbench.mainTabs().contains("Greeting")
                && !workbench.hasPart(partId), SOON, workbench::mainTabs);
        assertEquals(closedBefore + 1, TestPanels.Greeting.CLOSED.get(), "the panel's @PreDestroy ran once");
    }

    @Test
    void aPanelThatThrowsWhileCreatedIsReplacedByASentenceNamingItsBundle() throws Exception {
        String partId = PANEL_PART_PREFIX + "brokenAtCreation";
        register("brokenAtCreation", "Broken at birth", TestPanels.BrokenAtCreation.class, Set.of(ContactType.CHAT));
        workbench.selectTab("Broken at birth");
        Wait.until("the placeholder is shown", () -> workbench.selectedMainPart().equals(Optional.of(partId)), SOON,
                workbench::selectedMainPart);
        String sentence = Wait.forValue("the placeholder's sentence", () -> workbench.labels(partId).stream()
                .filter(text -> text.contains("stopped working")).findFirst(), SOON);
        assertEquals("The panel \u201cBroken at birth\u201d stopped working, so Callbench closed it. It comes from the "
                + "extension Callbench Workbench UI Tests (" + TEST_BUNDLE + "): please tell whoever looks after that "
                + "extension. Everything else in Callbench works as before.", sentence);
        workbench.screenshot("panel-failed-placeholder");

        workbench.choose(PanelContributionUiTest::stateChooser, "Available");
        Wait.until("the control panel still sets the agent's state", () -> walter.server().state().name()
                .equals("Available"), SOON, () -> walter.server().state());
        // the chooser must show Available before Offline is picked in it, or picking Offline changes nothing
        Wait.until("the control panel shows Available", () -> workbench.labels(CONTROL_PANEL).stream()
                .anyMatch(text -> text.startsWith("Available for ")), SOON, () -> workbench.labels(CONTROL_PANEL));
        workbench.choose(PanelContributionUiTest::stateChooser, "Offline");
        Wait.until("and back", () -> walter.server().state().name().equals("Offline"), SOON,
                () -> walter.server().state());
    }

    @Test
    void aPanelThatThrowsWhenACallIsOfferedIsReplacedAndTheCallIsWorkedAllTheSame() throws Exception {
        String partId = PANEL_PART_PREFIX + "brokenOnOffer";
        register("brokenOnOffer", "Breaks on calls", TestPanels.BrokenOnOffer.class, Set.of(ContactType.VOICE));
        workbench.selectTab("Breaks on calls");
        Wait.until("the panel is drawn", () -> workbench.labels(partId).contains(TestPanels.BrokenOnOffer.TEXT), SOON,
                () -> workbench.labels(partId));
        workbench.choose(PanelContributionUiTest::stateChooser, "Available");
        Wait.until("Walter is Available", () -> walter.server().state().name().equals("Available"), SOON,
                () -> walter.server().state());

        String contactId = walter.placeCall("Support", "+15555550111", "Monica Reyes");
        Wait.until("the offer rings", () -> workbench.labels(CONTROL_PANEL).contains("+15555550111"), SOON,
                () -> workbench.labels(CONTROL_PANEL));
        workbench.selectTab("Breaks on calls");
        Wait.until("the panel that threw shows the sentence naming its bundle", () -> workbench.labels(partId).stream()
                .anyMatch(text -> text.contains("\u201cBreaks on calls\u201d stopped working")
                        && text.contains("(" + TEST_BUNDLE + ")")), SOON, () -> workbench.labels(partId));
        workbench.click(CONTROL_PANEL, "Accept");
        Wait.until("the call is connected", () -> contactState(contactId).equals("connected"), SOON,
                () -> walter.server().contacts());
        workbench.click(CONTROL_PANEL, "End call");
        workbench.click(CONTROL_PANEL, "Clear contact");
        Wait.until("Walter has no contact left", () -> walter.server().contacts().isEmpty(), SOON,
                () -> walter.server());
        workbench.choose(PanelContributionUiTest::stateChooser, "Offline");
        Wait.until("Walter is Offline", () -> walter.server().state().name().equals("Offline"), SOON,
                () -> walter.server().state());
    }

    private ServiceRegistration<PanelContribution> register(String id, String label, Class<?> partClass,
            Set<ContactType> types) {
        ServiceRegistration<PanelContribution> registration = FrameworkUtil.getBundle(getClass()).getBundleContext()
                .registerService(PanelContribution.class, new TestPanels.Contribution(id, label, partClass, types),
                        null);
        registered.add(registration);
        return registration;
    }

    private static String contactState(String contactId) {
        return walter.server().contacts().stream().filter(c -> c.id().equals(contactId)).map(c -> c.state().wire())
                .findFirst().orElse("gone");
    }

    private static Combo stateChooser() {
        return WorkbenchDriver.findAll(workbench.partComposite(CONTROL_PANEL), Combo.class, c -> true).get(0);
    }
}
