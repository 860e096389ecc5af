package dev.callbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.junit.jupiter.api.Test;

import dev.callbench.api.AgentSnapshot;
import dev.callbench.api.ContactState;
import dev.callbench.api.service.ContactCenter;
import dev.callbench.cti.connect.CtiSettings;
import dev.callbench.tests.support.OsgiServices;
import dev.callbench.tests.support.Wait;

/**
 * The workbench's own local contact center, killed with SIGKILL in the middle of a call, as a crash would end it:
 * the launcher starts it again and signs the agent back in, and the control panel tells the agent that the call was
 * lost, then shows them connected with no contact.
 */
class LocalContactCenterSupervisionUiTest {

    private static final String PANEL = "dev.callbench.ui.part.controlPanel";
    private static final Duration START = Duration.ofSeconds(90); // a server JVM starts on a busy machine
    private static final String RESTARTING = "The local contact center stopped unexpectedly, so any call you were on "
            + "was lost. Callbench is starting it again and will sign you back in.";

    @Test
    void aServerKilledMidCallIsStartedAgainAndTheAgentSignedBackIn() throws Exception {
        WorkbenchDriver workbench = WorkbenchDriver.attach(PANEL);
        CtiSettings launched = Wait.forValue("the launcher's contact center and sign-in", this::launcherSignIn, START);
        ProcessHandle first = LaunchedContactCenter.process().orElseThrow();
        Wait.until("the workbench signed in to it", () -> signedIn(launched.login()), START);

        ContactCenter center = OsgiServices.await(ContactCenter.class);
        center.setState(snapshot().orElseThrow().agent().selectableState("Available").orElseThrow())
                .toCompletableFuture().join();
        placeCall(launched.endpoint()); // one call at least; the demo's simulated callers may ring first
        String contactId = Wait.forValue("a call offered to the workbench's agent", () -> snapshot().flatMap(s -> s
                .contacts().stream().filter(c -> c.state() == ContactState.CONNECTING
                        || c.state() == ContactState.INCOMING).findFirst()).map(c -> c.id()), START);
        center.accept(contactId).toCompletableFuture().join();
        Wait.until("the call is connected", () -> snapshot().flatMap(s -> s.contact(contactId))
                .map(c -> c.state() == ContactState.CONNECTED).orElse(false), START);

        first.destroyForcibly(); // SIGKILL: no shutdown hook, no goodbye
        Wait.until("the panel tells the agent the call was lost", () -> labels(workbench).contains(RESTARTING),
                START, () -> labels(workbench));
        workbench.screenshot("control-panel-local-contact-center-restarting");

        Wait.until("a new local contact center", () -> LaunchedContactCenter.process()
                .filter(p -> p.pid() != first.pid()).isPresent(), START);
        Wait.until("the agent is signed in to the new one, with no contact", () -> signedIn(launched.login())
                && snapshot().map(s -> s.contacts().isEmpty()).orElse(false), START);
        Wait.until("the panel shows the agent connected with no contact", () -> {
            List<String> shown = labels(workbench);
            return shown.contains("Connected to the contact center.") && shown.contains("No contact right now.")
                    && !shown.contains(RESTARTING);
        }, START, () -> labels(workbench));
        assertTrue(!first.isAlive(), "the killed process is gone");
        assertEquals(1, LaunchedContactCenter.all().count(), "one local contact center runs");
    }

    private Optional<CtiSettings> launcherSignIn() {
        try {
            return LaunchedContactCenter.signIn();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    private static boolean signedIn(String login) {
        return snapshot().map(s -> s.agent().username().equals(login)).orElse(false);
    }

    private static Optional<AgentSnapshot> snapshot() {
        try {
            return OsgiServices.await(ContactCenter.class).snapshot();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static void placeCall(URI ctiEndpoint) throws Exception {
        URI admin = ctiEndpoint.resolve("/admin/calls");
        HttpResponse<String> placed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(admin)
                .POST(HttpRequest.BodyPublishers.ofString(QUEUED_CALL)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, placed.statusCode(), placed.body());
    }

    private static List<String> labels(WorkbenchDriver workbench) {
        return workbench.ui(() -> WorkbenchDriver.findAll(workbench.partComposite(PANEL), Label.class,
                Control::isVisible).stream().map(Label::getText).toList());
    }

    /** A call into a queue of the first agent's routing profile in the shipped configuration. */
    private static final String QUEUED_CALL = "{\"queue\":\"BasicQueue\",\"phoneNumber\":\"+15555550199\"}";
}
