package dev.callbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.osgi.service.event.EventAdmin;

import com.google.gson.JsonParser;

import dev.callbench.api.SoftphoneError;
import dev.callbench.api.SoftphoneErrorType;
import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.EventProperties;
import dev.callbench.api.service.ActionFailedException;
import dev.callbench.api.service.ContactCenter;
import dev.callbench.server.internal.center.AgentSnapshot;
import dev.callbench.server.internal.center.ConnectionState;
import dev.callbench.tests.support.LocalContactCenterExtension;
import dev.callbench.tests.support.OsgiServices;
import dev.callbench.tests.support.Wait;

/**
 * The agent works calls from the control panel of the real workbench, against the real local contact center (in
 * this JVM, so that the test reads the server's own view and can stop it), through the real CTI client and event
 * bus: a call rings with its number and a ticking time, a real mouse click accepts it, Hold puts the customer on hold
 * on the server, End brings after-call work and Clear ends it; Reject leaves an offer rejected until cleared; a key binding accepts;
 * long sentences wrap; the connection indicator tells when the contact center is gone.
 */
class ControlPanelUiTest {

    private static final String PANEL = "dev.callbench.ui.part.controlPanel";
    private static final String AGENT = "dana";
    private static final Duration SOON = Duration.ofSeconds(15);

    @RegisterExtension
    static final LocalContactCenterExtension CENTER = new LocalContactCenterExtension("""
            {
              "host": "127.0.0.1", "port": 0,
              "turn": {"enabled": false},
              "timing": {"offerTimeoutMillis": 120000},
              "agentStates": [
                {"name": "Available", "type": "routable"},
                {"name": "Training", "type": "not_routable"},
                {"name": "Offline", "type": "offline"}
              ],
              "queues": [{"name": "Support"}],
              "routingProfiles": [{"name": "Support", "queues": ["Support"], "defaultOutboundQueue": "Support"}],
              "agents": [{"login": "dana", "password": "pw-dana", "name": "Dana Scully", "routingProfile": "Support"}],
              "quickConnects": [
                {"name": "Supervisor", "type": "phone_number", "phoneNumber": "+15555550123"},
                {"name": "Support", "type": "queue", "queue": "Support"}
              ]
            }
            """);

    /** A contact center of its own for the test that stops it: the others keep theirs. */
    @RegisterExtension
    static final LocalContactCenterExtension DOOMED = TestCenterAgent.oneAgentCenter(AGENT, "Dana Scully", "Support");

    private static WorkbenchDriver workbench;
    private static TestCenterAgent dana;

    @BeforeAll
    static void signInToTheTestsContactCenter() throws Exception {
        workbench = WorkbenchDriver.attach(PANEL);
        dana = TestCenterAgent.signIn(CENTER, AGENT, "pw-dana");
        Wait.until("the panel shows Dana", () -> labels().contains("Dana Scully (dana)"), SOON,
                ControlPanelUiTest::labels);
    }

    /** Every test starts with Dana Available and no contact, whatever the one before left. */
    @BeforeEach
    void danaIsAvailableWithNoContact() throws Exception {
        dana.startClean(Map.of());
        Wait.until("the panel shows Dana Available with no contact", () -> labels().contains("No contact right now.")
                && label(t -> t.startsWith("Available for ")).isPresent(), SOON, ControlPanelUiTest::labels);
    }

    @AfterAll
    static void giveTheWorkbenchItsOwnSignInBack() throws Exception {
        if (dana != null) {
            dana.giveBack();
        }
    }

    @Test
    void statusOffersEveryStateTheAgentMayChooseWithATickingTime() {
        assertEquals(List.of("Available", "Training", "Offline"), ui(() -> List.of(stateChooser().getItems())));
        choose("Offline");
        Wait.until("the server has Dana Offline", () -> server().state().name().equals("Offline"), SOON,
                () -> server().state());
        String before = Wait.forValue("a time in state", () -> label(t -> t.startsWith("Offline for ")), SOON);
        Wait.until("the time in state ticks", () -> label(t -> t.startsWith("Offline for ")).filter(t -> !t.equals(before))
                .isPresent(), SOON, ControlPanelUiTest::labels);

        choose("Available");
        Wait.until("the server has Dana Available", () -> server().state().name().equals("Available"), SOON,
                () -> server().state());
        Wait.until("the panel shows Available", () -> label(t -> t.startsWith("Available for ")).isPresent(), SOON,
                ControlPanelUiTest::labels);
    }

    @Test
    void aCallRingsAndARealClickOnAcceptConnectsIt() throws Exception {
        String contactId = placeCall("+15555550142", "Ada Lovelace");
        Wait.until("the offer shows", () -> labels().containsAll(List.of("Incoming call",
                "+15555550142", "Queue: Support")), SOON, ControlPanelUiTest::labels);
        String ringing = Wait.forValue("a ringing time", () -> label(t -> t.startsWith("Ringing for 0:")), SOON);
        Wait.until("the ringing time ticks", () -> label(t -> t.startsWith("Ringing for 0:"))
                .filter(t -> !t.equals(ringing)).isPresent(), SOON, ControlPanelUiTest::labels);
        workbench.screenshot("control-panel-ringing");

        click("Accept");
        Wait.until("the server has the call connected", () -> contactState(contactId).equals("connected"), SOON,
                () -> server().contacts());
        Wait.until("the panel shows the call's timer", () -> label(t -> t.startsWith("On the call for 0:")).isPresent(),
                SOON, ControlPanelUiTest::labels);
        assertEquals(Set.of("Hold", "Mute", "End call", "Keypad", "Quick connects"), visibleButtons());
        workbench.screenshot("control-panel-connected");
    }

    @Test
    void holdPutsTheCustomerOnHoldOnTheServerAndResumeTakesThemBack() throws Exception {
        acceptedCall("+15555550143", "Charles Babbage");
        click("Hold");
        Wait.until("the server has the customer on hold", () -> customerLeg().equals(ConnectionState.HOLD), SOON,
                () -> server().contacts());
        Wait.until("the panel says the customer is on hold",
                () -> label(t -> t.startsWith("The customer is on hold, for 0:")).isPresent()
                        && visibleButtons().contains("Resume"), SOON, ControlPanelUiTest::labels);
        workbench.screenshot("control-panel-on-hold");

        click("Resume");
        Wait.until("the server has the customer back", () -> customerLeg().equals(ConnectionState.CONNECTED), SOON,
                () -> server().contacts());
        Wait.until("the panel shows Hold again", () -> visibleButtons().contains("Hold"), SOON,
                ControlPanelUiTest::visibleButtons);
    }

    @Test
    void theKeypadSendsEachKeyToTheFarEnd() throws Exception {
        String contactId = acceptedCall("+15555550144", "Hedy Lamarr");
        click("Keypad");
        for (String key : List.of("1", "5", "9", "#")) {
            click(key);
        }
        Wait.until("the far end received 159#", () -> "159#".equals(digitsSent(contactId)), SOON,
                () -> digitsSent(contactId));
        Wait.until("the panel shows the digits sent", () -> labels().contains("Sent: 159#"), SOON,
                ControlPanelUiTest::labels);
        workbench.screenshot("control-panel-keypad");
        click("Keypad");
        Wait.until("the keypad closes", () -> !visibleButtons().contains("5"), SOON, ControlPanelUiTest::visibleButtons);
    }

    @Test
    void endBringsAfterCallWorkWithAWrapUpCodeAndClearMakesTheAgentAvailableAgain() throws Exception {
        acceptedCall("+15555550145", "Katherine Johnson");
        click("End call");
        Wait.until("the server has Dana in after-call work", () -> server().state().name().equals("AfterCallWork"),
                SOON, () -> server().state());
        Wait.until("the panel shows after-call work", () -> label(t -> t.startsWith("After-call work for 0:"))
                .isPresent() && visibleButtons().equals(Set.of("Clear contact")), SOON, ControlPanelUiTest::labels);
        Wait.until("the panel asks for a wrap-up code", () -> labels().contains(
                "Choose how the contact ended, then clear it.") && ui(() -> wrapUpChooser().isPresent()), SOON,
                ControlPanelUiTest::labels);
        assertEquals(List.of("Resolved", "Follow-up needed", "Escalated", "Sale", "Wrong number"),
                ui(() -> List.of(wrapUpChooser().orElseThrow().getItems())));

        workbench.choose(() -> wrapUpChooser().orElseThrow(), "Follow-up needed");
        Wait.until("the server keeps the code with the contact", () -> server().contacts().stream()
                .anyMatch(c -> "FOLLOW_UP".equals(c.attributes().get("wrapUpCode"))), SOON, () -> server().contacts());
        Wait.until("the panel says the code is saved", () -> labels().contains("Saved with the contact.")
                && ui(() -> wrapUpChooser().orElseThrow().getText()).equals("Follow-up needed"), SOON,
                ControlPanelUiTest::labels);
        workbench.screenshot("control-panel-after-call-work");

        click("Clear contact");
        Wait.until("the server has Dana Available with no contact", () -> server().state().name().equals("Available")
                && server().contacts().isEmpty(), SOON, () -> server());
        Wait.until("the panel shows no contact", () -> labels().contains("No contact right now.")
                && visibleButtons().equals(Set.of("Call")), SOON, ControlPanelUiTest::labels);
    }

    @Test
    void rejectHandsTheOfferBackToTheQueueAndLeavesItRejectedUntilCleared() throws Exception {
        String contactId = placeCall("+15555550177", "Grace Hopper");
        Wait.until("the offer shows", () -> labels().contains("+15555550177") && visibleButtons().contains("Reject"),
                SOON, ControlPanelUiTest::labels);
        click("Reject");
        // the local contact center, as Connect does, keeps the rejected contact with Dana (MissedCallAgent) until she
        // clears it, and queues the call again for someone else: it is not offered straight back to her
        Wait.until("the server has the contact rejected with Dana", () -> contactState(contactId).equals("rejected")
                && server().state().name().equals("MissedCallAgent"), SOON, () -> server());
        Wait.until("the panel shows the rejected contact with Clear", () -> labels().contains("You missed this contact.")
                && visibleButtons().contains("Clear contact") && !visibleButtons().contains("Accept"), SOON,
                ControlPanelUiTest::visibleButtons);
        hangUp(contactId); // the caller, waiting in the queue again, gives up: nothing comes back after the clear
        assertEquals("rejected", contactState(contactId), "the rejected copy stays until cleared");
        click("Clear contact");
        Wait.until("the offer is gone from the panel", () -> !labels().contains("Incoming call")
                && visibleButtons().equals(Set.of("Call")) && labels().contains("No contact right now."), SOON,
                ControlPanelUiTest::labels);
        Wait.until("the server has no contact for Dana", () -> server().contacts().isEmpty(), SOON, () -> server());
        becomeAvailableWithNoContact();
    }

    private static void hangUp(String contactId) throws IOException, InterruptedException {
        dana.hangUp(contactId);
    }

    @Test
    void keyBindingsAcceptEndAndClearAndAreListedInTheWindow() throws Exception {
        String legend = Wait.forValue("the shortcuts legend", () -> label(t -> t.startsWith("Shortcuts: ")), SOON);
        assertTrue(legend.contains("Ctrl+Shift+A Accept") && legend.contains("Ctrl+Shift+H Hold"), legend);
        String contactId = placeCall("+15555550199", "Alan Turing");
        Wait.until("the offer shows", () -> visibleButtons().contains("Accept"), SOON, ControlPanelUiTest::labels);
        assertEquals("Accept (Ctrl+Shift+A)", ui(() -> button("Accept").getToolTipText()));

        pressCtrlShift('a');
        Wait.until("the server has the call connected", () -> contactState(contactId).equals("connected"), SOON,
                () -> server().contacts());
        Wait.until("the panel shows the call", () -> visibleButtons().contains("End call"), SOON,
                ControlPanelUiTest::labels);
        pressCtrlShift('e');
        Wait.until("the panel shows after-call work", () -> visibleButtons().equals(Set.of("Clear contact")), SOON,
                ControlPanelUiTest::labels);
        pressCtrlShift('l');
        Wait.until("the server has Dana Available again", () -> server().state().name().equals("Available")
                && server().contacts().isEmpty(), SOON, () -> server());
    }

    @Test
    void ctrlAndADigitChangeTheStatusToThatPlaceOfTheChooserAndAreListedWithTheAgentsStates() throws Exception {
        String legend = Wait.forValue("the shortcuts legend", () -> label(t -> t.startsWith("Shortcuts: ")), SOON);
        assertTrue(legend.contains("Ctrl+1 Available") && legend.contains("Ctrl+2 Training")
                && legend.contains("Ctrl+3 Offline"), legend);
        pressKeys('2', SWT.CTRL);
        Wait.until("the server has Dana in Training", () -> server().state().name().equals("Training"), SOON,
                () -> server().state());
        Wait.until("the chooser shows Training", () -> ui(() -> stateChooser().getText()).equals("Training"), SOON,
                () -> ui(() -> stateChooser().getText()));
        pressKeys('1', SWT.CTRL);
        Wait.until("the server has Dana Available again", () -> server().state().name().equals("Available"), SOON,
                () -> server().state());
    }

    @Test
    void anOutboundCallIsDialedFromTheNumberField() throws Exception {
        typeIntoTheNumberField("+15555550188");
        click("Call");
        Wait.until("the server has Dana calling out", () -> server().contacts().stream().anyMatch(c -> c.connections()
                .stream().anyMatch(leg -> leg.endpoint() != null && "+15555550188".equals(leg.endpoint().phoneNumber()))),
                SOON, () -> server().contacts());
        Wait.until("the panel shows the outbound call", () -> labels().contains("Outbound call")
                && visibleButtons().contains("End call"), SOON, ControlPanelUiTest::labels);
        workbench.screenshot("control-panel-outbound");
        // the customer answers after a moment: End call is clicked once the buttons stop moving (Hold comes before it)
        Wait.until("the customer answered", () -> label(t -> t.startsWith("On the call for")).isPresent()
                && visibleButtons().contains("Hold"), SOON, ControlPanelUiTest::labels);
        click("End call");
        becomeAvailableWithNoContact();
        Wait.until("the number field is back, empty for the next number", () -> ui(() -> numberField().isVisible()
                && numberField().getText().isEmpty()), SOON);
    }

    @Test
    void aConsultThroughAQuickConnectBecomesAConferenceAndTheAgentLeavesThemTalking() throws Exception {
        String contactId = placeCall("+15555550166", "Linus Torvalds");
        click("Accept");
        Wait.until("the server has the call connected", () -> contactState(contactId).equals("connected"), SOON,
                () -> server().contacts());
        click("Quick connects");
        Wait.until("the quick connects are listed", () -> ui(() -> List.of(quickConnectPicker().getItems()))
                .equals(List.of("Supervisor (+15555550123)", "Queue: Support")), SOON,
                () -> ui(() -> List.of(quickConnectPicker().getItems())));
        click("Consult");
        Wait.until("the server has the supervisor on the line and the customer on hold", () -> customerLeg()
                .equals(ConnectionState.HOLD) && thirdPartyLeg().equals(ConnectionState.CONNECTED), SOON,
                () -> server().contacts());
        Wait.until("the panel says whom Dana consults and offers Join all", () -> label(t -> t.startsWith(
                "Consulting Supervisor.")).isPresent() && visibleButtons().contains("Join all"), SOON,
                ControlPanelUiTest::labels);
        workbench.screenshot("control-panel-consult");

        click("Join all");
        Wait.until("the server has all three talking", () -> customerLeg().equals(ConnectionState.CONNECTED)
                && thirdPartyLeg().equals(ConnectionState.CONNECTED), SOON, () -> server().contacts());
        click("End call");
        Wait.until("Dana has left the call to the others", () -> server().contacts().stream()
                .noneMatch(c -> c.state().wire().equals("connected")), SOON, () -> server().contacts());
        becomeAvailableWithNoContact();
    }

    @Test
    void aTransferToAQueueLeavesTheAgentInAfterCallWorkAndTheCallerWaitsThereForTheNextAgent() throws Exception {
        String contactId = acceptedCall("+15555550155", "Ada Lovelace");
        click("Quick connects");
        Wait.until("the quick connects are listed", () -> ui(() -> quickConnectPicker().getItemCount()) == 2, SOON,
                () -> ui(() -> List.of(quickConnectPicker().getItems())));
        workbench.choose(ControlPanelUiTest::quickConnectPicker, "Queue: Support");
        click("Transfer");
        Wait.until("the server has Dana in after-call work and the caller waiting in the queue", () -> server().state()
                .name().equals("AfterCallWork") && CENTER.running().center().waitingCount() == 1, SOON,
                () -> server());
        Wait.until("the panel shows after-call work", () -> label(t -> t.startsWith("After-call work for 0:"))
                .isPresent() && visibleButtons().equals(Set.of("Clear contact")), SOON, ControlPanelUiTest::labels);

        click("Clear contact"); // Dana is free again: the queue offers her the caller it holds
        Wait.until("the transferred caller is offered through the queue", () -> labels().contains("Incoming call")
                && labels().contains("+15555550155") && visibleButtons().contains("Accept"), SOON,
                ControlPanelUiTest::labels);
        String transferred = server().contacts().get(0).id();
        assertTrue(!transferred.equals(contactId), "a contact of its own for the transfer");
        click("Accept");
        Wait.until("the server has the transferred call connected", () -> contactState(transferred)
                .equals("connected"), SOON, () -> server().contacts());
        click("End call");
        becomeAvailableWithNoContact();
    }

    @Test
    void anOfferWhileAnotherWindowIsInFrontIsNotifiedAndAcceptedFromTheNotification() throws Exception {
        Shell other = ui(() -> {
            Shell another = new Shell(workbench.partComposite(PANEL).getDisplay());
            another.setText("Another program");
            another.setBounds(500, 300, 400, 250);
            another.open();
            another.forceActive();
            return another;
        });
        try {
            Wait.until("the other window is in front", () -> ui(() -> other.getDisplay().getActiveShell() == other),
                    SOON);
            String contactId = placeCall("+15555550133", "Barbara Liskov");
            Wait.until("a notification tells of the call", () -> notificationLabels().containsAll(List.of(
                    "Incoming call", "+15555550133", "Queue: Support")), SOON, ControlPanelUiTest::notificationLabels);
            assertEquals("Incoming call \u2013 Callbench", ui(() -> mainWindow().getText()), "what the taskbar shows");
            workbench.screenshot("offer-notification");

            workbench.clickOn(() -> notificationButton("Accept"), "the notification's Accept");
            Wait.until("the server has the call connected", () -> contactState(contactId).equals("connected"), SOON,
                    () -> server().contacts());
            Wait.until("the notification is gone and the title is back", () -> notificationLabels().isEmpty()
                    && ui(() -> mainWindow().getText()).equals("Callbench"), SOON, ControlPanelUiTest::notificationLabels);
            click("End call");
            becomeAvailableWithNoContact();
        } finally {
            ui(() -> {
                other.dispose();
                return null;
            });
        }
    }

    @Test
    void anOfferWhileTheWindowIsInFrontRingsInThePanelWithoutANotification() throws Exception {
        ui(() -> {
            mainWindow().forceActive();
            return null;
        });
        Wait.until("the window is in front", () -> ui(() -> mainWindow().getDisplay().getActiveShell()
                == mainWindow()), SOON);
        String contactId = placeCall("+15555550134", "Edsger Dijkstra");
        Wait.until("the offer shows in the panel", () -> labels().contains("+15555550134"), SOON,
                ControlPanelUiTest::labels);
        workbench.settle(); // the addon handles the same event as the panel, on the same thread
        assertEquals(List.of(), notificationLabels());
        hangUp(contactId);
        becomeAvailableWithNoContact();
    }

    @Test
    void aLongSoftphoneSentenceWrapsWithinThePanel() throws Exception {
        String sentence = "Your microphone could not be opened, so the customer cannot hear you: check that the headset "
                + "is plugged in and that no other program holds the microphone, then take the next call.";
        AgentEvent.SoftphoneFailure failure = new AgentEvent.SoftphoneFailure(
                OsgiServices.await(ContactCenter.class).snapshot().orElseThrow(), Instant.now(),
                new SoftphoneError(SoftphoneErrorType.MICROPHONE_NOT_SHARED, sentence, null));
        OsgiServices.await(EventAdmin.class).postEvent(new org.osgi.service.event.Event(
                AgentEvent.topicOf(AgentEvent.Type.SOFTPHONE_ERROR), Map.of(EventProperties.E4_DATA, failure)));
        Wait.until("the panel shows the sentence", () -> labels().contains(sentence), SOON, ControlPanelUiTest::labels);
        assertFitsThePanel(sentence, 3);
        workbench.screenshot("control-panel-softphone-error");
    }

    @Test
    void theConnectionIndicatorTellsWhenTheContactCenterIsGoneAndActionsFailInWords() throws Exception {
        String lost = "The connection to the contact center was lost. Reconnecting\u2026";
        dana.switchTo(DOOMED, "pw-dana");
        try {
            Wait.until("the panel shows Dana on the other contact center", () -> labels().contains(
                    "Connected to the contact center.") && label(t -> t.startsWith("Offline for ")).isPresent(), SOON,
                    ControlPanelUiTest::labels);
            loseTheContactCenter(lost);
        } finally {
            dana.switchTo(CENTER, "pw-dana");
        }
    }

    private static void loseTheContactCenter(String lost) throws Exception {
        DOOMED.running().close();
        Wait.until("the panel says the connection is lost", () -> labels().contains(lost), Duration.ofSeconds(40),
                ControlPanelUiTest::labels);
        assertFitsThePanel(lost, 2);

        choose("Available");
        Set<String> failureSentences = Arrays.stream(ActionFailedException.Reason.values())
                .map(reason -> new ActionFailedException(reason, null).getMessage()).collect(Collectors.toSet());
        Wait.until("the panel tells why the state could not change", () -> labels().stream()
                .anyMatch(failureSentences::contains), Duration.ofSeconds(30), ControlPanelUiTest::labels);
        workbench.screenshot("control-panel-connection-lost");
    }

    // ---- the server's own view

    private static AgentSnapshot server() {
        return dana.server();
    }

    private static String contactState(String contactId) {
        return server().contacts().stream().filter(c -> c.id().equals(contactId)).map(c -> c.state().wire())
                .findFirst().orElse("gone");
    }

    private static ConnectionState thirdPartyLeg() {
        return server().contacts().stream().flatMap(c -> c.connections().stream())
                .filter(c -> !c.initial() && c.type() != dev.callbench.server.internal.center.ConnectionType.AGENT)
                .map(c -> c.state()).findFirst().orElse(ConnectionState.DISCONNECTED);
    }

    /** What the contact's far end received from the agent's keypad, as the admin API reports it over HTTP. */
    private static String digitsSent(String contactId) {
        try {
            HttpResponse<String> media = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create(CENTER.baseUri() + "/admin/calls/" + contactId + "/media")).build(),
                    HttpResponse.BodyHandlers.ofString());
            return media.statusCode() == 200 ? JsonParser.parseString(media.body()).getAsJsonObject().get("digitsSent")
                    .getAsString() : "HTTP " + media.statusCode();
        } catch (IOException e) {
            return e.toString();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return e.toString();
        }
    }

    private static ConnectionState customerLeg() {
        return server().contacts().stream().flatMap(c -> c.connections().stream()).filter(c -> c.initial())
                .map(c -> c.state()).findFirst().orElse(ConnectionState.DISCONNECTED);
    }

    private static String placeCall(String number, String name) throws IOException, InterruptedException {
        return dana.placeCall("Support", number, name);
    }

    /** A call rings and a real click accepts it; answers its contact id once the server has it connected. */
    private static String acceptedCall(String number, String name) throws Exception {
        String contactId = placeCall(number, name);
        Wait.until("the offer shows", () -> labels().contains(number) && visibleButtons().contains("Accept"), SOON,
                ControlPanelUiTest::labels);
        click("Accept");
        Wait.until("the server has the call connected", () -> contactState(contactId).equals("connected"), SOON,
                () -> server().contacts());
        Wait.until("the panel shows the call", () -> visibleButtons().contains("End call"), SOON,
                ControlPanelUiTest::labels);
        return contactId;
    }

    private static void becomeAvailableWithNoContact() throws Exception {
        if (!server().contacts().isEmpty()) { // after-call work to clear, once the panel shows it
            click("Clear contact");
        }
        Wait.until("Dana has no contact left", () -> server().contacts().isEmpty(), SOON, () -> server());
        if (!server().state().name().equals("Available")) {
            choose("Available");
        }
        Wait.until("the server has Dana Available", () -> server().state().name().equals("Available"), SOON,
                () -> server().state());
    }

    // ---- the panel, driven on the UI thread

    private static <T> T ui(java.util.function.Supplier<T> query) {
        return workbench.ui(query);
    }

    private static List<String> labels() {
        return workbench.labels(PANEL);
    }

    private static Optional<String> label(java.util.function.Predicate<String> matching) {
        return labels().stream().filter(matching).findFirst();
    }

    private static Set<String> visibleButtons() {
        return ui(() -> WorkbenchDriver.findAll(workbench.partComposite(PANEL), Button.class, Control::isVisible)
                .stream().map(Button::getText).collect(Collectors.toSet()));
    }

    private static Button button(String text) {
        return WorkbenchDriver.findAll(workbench.partComposite(PANEL), Button.class,
                b -> b.isVisible() && b.getText().equals(text)).get(0);
    }

    /** Picks a state in the chooser, as a selection from its list does. */
    private static void choose(String state) {
        workbench.choose(ControlPanelUiTest::stateChooser, state);
    }

    private static Combo stateChooser() {
        return WorkbenchDriver.findAll(workbench.partComposite(PANEL), Combo.class, c -> true).get(0);
    }

    private static Combo quickConnectPicker() {
        return WorkbenchDriver.findAll(workbench.partComposite(PANEL), Combo.class, Control::isVisible).get(1);
    }

    private static Shell mainWindow() {
        return workbench.partComposite(PANEL).getShell();
    }

    /** The notification's shell: a window of its own, on top, with the offer's headline. */
    private static Optional<Shell> notification() {
        return Arrays.stream(mainWindow().getDisplay().getShells()).filter(shell -> shell != mainWindow()
                && !shell.isDisposed() && shell.isVisible() && (shell.getStyle() & SWT.ON_TOP) != 0).findFirst();
    }

    private static List<String> notificationLabels() {
        return ui(() -> notification().map(shell -> WorkbenchDriver.findAll(shell, Label.class, Control::isVisible)
                .stream().map(Label::getText).toList()).orElse(List.of()));
    }

    private static Button notificationButton(String text) {
        return WorkbenchDriver.findAll(notification().orElseThrow(), Button.class, b -> b.getText().equals(text))
                .get(0);
    }

    /** The wrap-up code chooser, while after-call work shows it. */
    private static Optional<Combo> wrapUpChooser() {
        return WorkbenchDriver.findAll(workbench.partComposite(PANEL), Combo.class, Control::isVisible).stream()
                .filter(c -> List.of(c.getItems()).contains("Wrong number")).findFirst();
    }

    private static Text numberField() {
        return WorkbenchDriver.findAll(workbench.partComposite(PANEL), Text.class, t -> true).get(0);
    }

    /** A real click into the number field, then each character typed as a key press. */
    private static void typeIntoTheNumberField(String text) throws Exception {
        clickOn(ControlPanelUiTest::numberField, "the number field");
        Wait.until("the number field has the focus", () -> ui(() -> numberField().isFocusControl()), SOON);
        for (char c : text.toCharArray()) {
            post(SWT.KeyDown, e -> e.character = c);
            post(SWT.KeyUp, e -> e.character = c);
        }
        Wait.until("the field shows " + text, () -> ui(() -> numberField().getText()).equals(text), SOON,
                () -> ui(() -> numberField().getText()));
    }

    /** A real click on the visible, enabled button of the panel with this text. */
    private static void click(String buttonText) throws Exception {
        workbench.click(PANEL, buttonText);
    }

    private static void clickOn(java.util.function.Supplier<Control> target, String what) throws Exception {
        workbench.clickOn(target, what);
    }

    /** Real key presses: Ctrl and Shift held, the letter typed, both let go. */
    private static void pressCtrlShift(char letter) {
        pressKeys(letter, SWT.CTRL, SWT.SHIFT);
    }

    /** Real key presses: the modifiers held in order, the character typed, the modifiers let go. */
    private static void pressKeys(char character, int... modifiers) {
        ui(() -> {
            var shell = workbench.partComposite(PANEL).getShell();
            shell.forceActive();
            stateChooser().setFocus();
            return null;
        });
        workbench.settle();
        for (int modifier : modifiers) {
            post(SWT.KeyDown, e -> e.keyCode = modifier);
        }
        post(SWT.KeyDown, e -> e.character = character);
        post(SWT.KeyUp, e -> e.character = character);
        for (int i = modifiers.length - 1; i >= 0; i--) {
            int modifier = modifiers[i];
            post(SWT.KeyUp, e -> e.keyCode = modifier);
        }
    }

    private static void post(int type, java.util.function.Consumer<Event> details) {
        workbench.post(type, details);
    }

    /** The label showing the sentence is within the panel's width and tall enough for all its lines. */
    private static void assertFitsThePanel(String sentence, int atLeastLines) throws Exception {
        workbench.settle();
        String problem = ui(() -> {
            Label label = WorkbenchDriver.findAll(workbench.partComposite(PANEL), Label.class,
                    l -> l.isVisible() && l.getText().equals(sentence)).get(0);
            Rectangle bounds = label.getBounds();
            int panelWidth = workbench.partComposite(PANEL).getClientArea().width;
            int needed = label.computeSize(bounds.width, SWT.DEFAULT).y;
            GC gc = new GC(label);
            int lineHeight = gc.getFontMetrics().getHeight();
            gc.dispose();
            if (bounds.x + bounds.width > panelWidth) {
                return "wider than the panel: " + bounds + " in " + panelWidth;
            }
            if (bounds.height < needed) {
                return "cut off: " + bounds.height + " px for " + needed + " px of text";
            }
            if (bounds.height < atLeastLines * lineHeight) {
                return "not wrapped into " + atLeastLines + " lines: " + bounds.height + " px, lines of " + lineHeight;
            }
            return null;
        });
        assertEquals(null, problem);
    }
}
