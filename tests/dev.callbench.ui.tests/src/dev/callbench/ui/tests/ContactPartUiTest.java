package dev.callbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

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
 * The Contact tab of the real workbench, against a real local contact center: with no contact it says so; a call
 * offered with attributes set by its contact flow shows its id, channel, how it began, its queue and each attribute;
 * an attribute set while it rings shows at once.
 */
class ContactPartUiTest {

    private static final String PART = "dev.callbench.ui.part.contact";
    private static final String AGENT = "fox";
    private static final Duration SOON = Duration.ofSeconds(15);

    /** With audio, as an agent has it: the softphone sets up the call's media while it rings. */
    @RegisterExtension
    static final LocalContactCenterExtension CENTER = TestCenterAgent.oneAgentCenter(AGENT, "Fox Mulder", "Billing",
            true);

    private static WorkbenchDriver workbench;
    private static TestCenterAgent fox;

    @BeforeAll
    static void signIn() throws Exception {
        workbench = WorkbenchDriver.attach("dev.callbench.ui.part.controlPanel");
        fox = TestCenterAgent.signIn(CENTER, AGENT, "pw-" + AGENT);
    }

    @BeforeEach
    void foxIsAvailableWithNoContactAndTheContactTabInFront() throws Exception {
        fox.startClean(Map.of());
        workbench.selectTab("Contact");
    }

    @AfterAll
    static void giveTheWorkbenchItsOwnSignInBack() throws Exception {
        if (fox != null) {
            fox.giveBack();
        }
    }

    @Test
    void withNoContactTheTabSaysSo() {
        Wait.until("the tab says there is no contact", () -> workbench.labels(PART).contains(
                "No contact right now. When a contact is offered, its details and attributes show here."), SOON,
                () -> workbench.labels(PART));
        assertTrue(workbench.tableRows(PART).isEmpty(), "no attributes without a contact");
    }

    @Test
    void anOfferedCallShowsItsDetailsAndAttributesAndAnAttributeSetLater() throws Exception {
        String contactId = fox.placeCall("Billing", "+15555550177", "Dale Cooper",
                Map.of("account", "AC-10042", "reason", "Disputed invoice"));
        Wait.until("the tab shows the call's details", () -> workbench.labels(PART).containsAll(List.of(
                contactId, "Voice", "An inbound call", "Billing")), SOON, () -> workbench.labels(PART));
        Wait.until("the tab lists the contact flow's attributes", () -> workbench.tableRows(PART).equals(List.of(
                List.of("account", "AC-10042"), List.of("reason", "Disputed invoice"))), SOON,
                () -> workbench.tableRows(PART));

        ContactCenter center = OsgiServices.await(ContactCenter.class);
        center.updateAttributes(contactId, Map.of("priority", "high")).toCompletableFuture()
                .get(SOON.toSeconds(), TimeUnit.SECONDS);
        Wait.until("the new attribute shows", () -> workbench.tableRows(PART).contains(List.of("priority", "high")),
                SOON, () -> workbench.tableRows(PART));
        workbench.screenshot("contact-part");
    }
}
