package dev.callbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import dev.callbench.server.internal.center.AgentSnapshot;
import dev.callbench.tests.support.LocalContactCenterExtension;
import dev.callbench.tests.support.Wait;

/**
 * The CRM example (bundles/dev.callbench.examples.crm, the built bundle) installed into the running workbench as an
 * integrator's bundle is, against the real local contact center: its Customer tab comes; a call from a number of its
 * customer file brings the tab forward with that customer's record; clearing the call's after-call work without a
 * wrap-up code is refused with the example's sentence in the control panel, and clears once a code is chosen in the
 * panel; a rejected call needs no code. Uninstalling the bundle takes the tab away.
 */
class CrmExampleUiTest {

    private static final String CONTROL_PANEL = "dev.callbench.ui.part.controlPanel";
    private static final String SCREEN_POP = "dev.callbench.ui.panel.dev.callbench.examples.crm.screenPop";
    private static final String REFUSAL = "Choose a wrap-up code in the Customer panel before you clear this contact.";
    private static final Duration SOON = Duration.ofSeconds(15);

    @RegisterExtension
    static final LocalContactCenterExtension CENTER = TestCenterAgent.oneAgentCenter("fox", "Fox Mulder", "Sales");

    private static WorkbenchDriver workbench;
    private static TestCenterAgent fox;
    private static Bundle crm;

    @BeforeAll
    static void installTheExampleAndSignIn() throws Exception {
        workbench = WorkbenchDriver.attach(CONTROL_PANEL);
        fox = TestCenterAgent.signIn(CENTER, "fox", "pw-fox");
        Path built = Path.of(System.getProperty("callbench.examples.crm"));
        assertTrue(Files.isRegularFile(built), "the CRM example is not built: " + built);
        crm = FrameworkUtil.getBundle(CrmExampleUiTest.class).getBundleContext()
                .installBundle(built.toUri().toString());
        crm.start(Bundle.START_ACTIVATION_POLICY); // as the product starts an installed bundle: lazily
        workbench.selectTab("Customer");
        Wait.until("it waits for a call", () -> workbench.labels(SCREEN_POP).contains(
                "No caller right now. When a call comes in, the caller's customer record shows here."), SOON,
                () -> workbench.labels(SCREEN_POP));
    }

    /** Every test starts with Fox Available and no contact (one left in after-call work gets a code to clear). */
    @BeforeEach
    void foxIsAvailableWithNoContact() throws Exception {
        fox.startClean(Map.of("wrapUpCode", "RESOLVED"));
    }

    @AfterAll
    static void uninstallTheExample() throws Exception {
        try {
            if (crm != null) {
                crm.uninstall();
                Wait.until("the Customer tab is gone", () -> !workbench.mainTabs().contains("Customer"), SOON,
                        workbench::mainTabs);
            }
        } finally {
            if (fox != null) {
                fox.giveBack();
            }
        }
    }

    @Test
    void aCallFromANumberOfTheCustomerFileBringsThatCustomersRecordForward() throws Exception {
        workbench.selectTab("About Callbench");
        Wait.until("About is in front", () -> !workbench.selectedMainPart().equals(Optional.of(SCREEN_POP)), SOON);
        fox.placeCall("Sales", "+15555550142", "Dana Whitfield");
        Wait.until("the offer rings in the control panel", () -> workbench.labels(CONTROL_PANEL)
                .contains("Incoming call"), SOON, () -> workbench.labels(CONTROL_PANEL));
        Wait.until("the Customer tab comes forward", () -> workbench.selectedMainPart()
                .equals(Optional.of(SCREEN_POP)), SOON, workbench::selectedMainPart);
        Wait.until("it shows Dana's record", () -> workbench.labels(SCREEN_POP).containsAll(List.of("Dana Whitfield",
                "Company: Whitfield Logistics", "Account: AC-10042", "Tier: Gold",
                "Last note: Asked on Monday about the delivery of order 4711.")), SOON,
                () -> workbench.labels(SCREEN_POP));
        workbench.screenshot("crm-screen-pop");
    }

    @Test
    void clearingWithoutAWrapUpCodeIsRefusedInWordsAndClearsOnceACodeIsChosen() throws Exception {
        fox.placeCall("Sales", "+15555550142", "Dana Whitfield");
        Wait.until("the offer rings in the control panel", () -> workbench.labels(CONTROL_PANEL)
                .contains("Incoming call"), SOON, () -> workbench.labels(CONTROL_PANEL));
        workbench.click(CONTROL_PANEL, "Accept");
        Wait.until("the call is connected", () -> contact().map(c -> c.state().wire()).equals(Optional.of(
                "connected")), SOON, () -> fox.server().contacts());
        workbench.click(CONTROL_PANEL, "End call");
        Wait.until("Fox is in after-call work", () -> fox.server().state().name().equals("AfterCallWork"), SOON,
                () -> fox.server().state());

        workbench.click(CONTROL_PANEL, "Clear contact");
        Wait.until("the control panel tells Fox why", () -> workbench.labels(CONTROL_PANEL).contains(REFUSAL), SOON,
                () -> workbench.labels(CONTROL_PANEL));
        assertEquals("AfterCallWork", fox.server().state().name(), "the refused clear changed nothing");
        assertTrue(workbench.labels(SCREEN_POP).contains("Choose a wrap-up code before you clear this contact."),
                workbench.labels(SCREEN_POP).toString());
        workbench.screenshot("crm-wrap-up-refused");

        workbench.choose(CrmExampleUiTest::wrapUpCodes, "Resolved on the call");
        Wait.until("the contact center has the code", () -> contact().map(c -> c.attributes().get("wrapUpCode"))
                .equals(Optional.of("RESOLVED")), SOON, () -> fox.server().contacts());
        Wait.until("the panel says it is saved", () -> workbench.labels(SCREEN_POP).contains(
                "Wrap-up code saved: Resolved on the call."), SOON, () -> workbench.labels(SCREEN_POP));
        workbench.screenshot("crm-wrap-up-chosen");
        workbench.click(CONTROL_PANEL, "Clear contact");
        Wait.until("the contact is cleared and Fox is Available", () -> fox.server().contacts().isEmpty()
                && fox.server().state().name().equals("Available"), SOON, () -> fox.server());
        assertTrue(!workbench.labels(CONTROL_PANEL).contains(REFUSAL), "the refusal is gone");
    }

    @Test
    void aCallerWhoIsNotInTheFileHasNoRecordAndARejectedCallNeedsNoCode() throws Exception {
        String contactId = fox.placeCall("Sales", "+15555550100", "Dale Cooper");
        Wait.until("the panel says there is no record", () -> workbench.labels(SCREEN_POP).contains(
                "No customer record for +15555550100."), SOON, () -> workbench.labels(SCREEN_POP));
        workbench.click(CONTROL_PANEL, "Reject");
        Wait.until("the rejected contact waits to be cleared", () -> workbench.labels(CONTROL_PANEL)
                .contains("You missed this contact."), SOON, () -> workbench.labels(CONTROL_PANEL));
        fox.hangUp(contactId); // the caller, queued again, gives up
        workbench.click(CONTROL_PANEL, "Clear contact");
        Wait.until("it clears without a code", () -> fox.server().contacts().isEmpty(), SOON, () -> fox.server());
    }

    private static Optional<AgentSnapshot.ContactView> contact() {
        return fox.server().contacts().stream().findFirst();
    }

    private static Combo wrapUpCodes() {
        return WorkbenchDriver.findAll(workbench.partComposite(SCREEN_POP), Combo.class, Control::isVisible).get(0);
    }
}
