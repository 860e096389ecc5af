package dev.callbench.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.TimeUnit;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.callbench.api.service.ContactCenter;
import dev.callbench.cti.connect.CtiConnector;
import dev.callbench.cti.connect.CtiSettings;
import dev.callbench.cti.connect.CtiTimings;
import dev.callbench.server.internal.center.AgentSnapshot;
import dev.callbench.tests.support.LocalContactCenterExtension;
import dev.callbench.tests.support.OsgiServices;
import dev.callbench.tests.support.Wait;

/**
 * The workbench signed in as an agent of a test class's own local contact center, instead of the one its launcher
 * started: callers are placed through the admin API, and the server's own view of the agent is at hand. {@link
 * #giveBack()} signs the launcher's agent in again, so that the next test class finds the workbench as it started.
 */
final class TestCenterAgent {

    private static final Duration CLEAN_WITHIN = Duration.ofSeconds(15);

    private LocalContactCenterExtension center;
    private final String login;
    private final CtiConnector connector;
    private final Optional<CtiSettings> launcherSignIn;

    private TestCenterAgent(LocalContactCenterExtension center, String login, CtiConnector connector,
            Optional<CtiSettings> launcherSignIn) {
        this.center = center;
        this.login = login;
        this.connector = connector;
        this.launcherSignIn = launcherSignIn;
    }

    /**
     * A local contact center with one agent (password {@code pw-<login>}) in one queue, the states Available and
     * Offline, no audio relay and offers that ring for two minutes: for a test class's static field.
     */
    static LocalContactCenterExtension oneAgentCenter(String login, String name, String queue) {
        return oneAgentCenter(login, name, queue, false);
    }

    /**
     * The same, and with {@code audio} the TURN relay (coturn) that the local contact center starts, so that the
     * workbench's softphone gets each call's audio.
     */
    static LocalContactCenterExtension oneAgentCenter(String login, String name, String queue, boolean audio) {
        return new LocalContactCenterExtension("""
                {
                  "host": "127.0.0.1", "port": 0,
                  "turn": {"enabled": %4$s},
                  "timing": {"offerTimeoutMillis": 120000},
                  "agentStates": [
                    {"name": "Available", "type": "routable"},
                    {"name": "Offline", "type": "offline"}
                  ],
                  "queues": [{"name": "%3$s"}],
                  "routingProfiles": [{"name": "%3$s", "queues": ["%3$s"], "defaultOutboundQueue": "%3$s"}],
                  "agents": [{"login": "%1$s", "password": "pw-%1$s", "name": "%2$s", "routingProfile": "%3$s"}]
                }
                """.formatted(login, name, queue, audio));
    }

    /**
     * Signs the agent in, once the launcher has signed its own agent in (it would sign this one out otherwise), and
     * returns once the workbench's contact center service has the agent's first snapshot.
     */
    static TestCenterAgent signIn(LocalContactCenterExtension center, String login, String password)
            throws Exception {
        CtiConnector connector = OsgiServices.await(CtiConnector.class);
        Wait.until("the workbench's own local contact center has signed its agent in",
                () -> signedIn().filter(agent -> !agent.equals(login)).isPresent(), Duration.ofSeconds(90));
        Optional<CtiSettings> launcherSignIn = LaunchedContactCenter.signIn();
        connector.connect(new CtiSettings(URI.create(center.baseUri() + "/api"), login, password,
                CtiTimings.standard())).toCompletableFuture().get(30, TimeUnit.SECONDS);
        Wait.until("the workbench has " + login + "'s first snapshot", () -> signedIn().filter(login::equals)
                .isPresent(), CLEAN_WITHIN, TestCenterAgent::signedIn);
        return new TestCenterAgent(center, login, connector, launcherSignIn);
    }

    /** Signs the workbench in to another test contact center, as this or another of its agents. */
    void switchTo(LocalContactCenterExtension other, String password) throws Exception {
        connector.connect(new CtiSettings(URI.create(other.baseUri() + "/api"), login, password,
                CtiTimings.standard())).toCompletableFuture().get(30, TimeUnit.SECONDS);
        center = other;
    }

    void giveBack() throws Exception {
        if (launcherSignIn.isPresent()) {
            connector.connect(launcherSignIn.get()).toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }

    /**
     * Leaves the agent Available with no contact, whatever a test before left: live calls hung up by their callers,
     * what is left cleared (with {@code attributes} set first, for a hook that wants them) through the workbench's own
     * contact center service.
     */
    void startClean(Map<String, String> attributes) throws Exception {
        ContactCenter workbenchCenter = OsgiServices.await(ContactCenter.class);
        for (var contact : server().contacts()) {
            if (isLive(contact)) {
                hangUp(contact.id());
            }
        }
        Wait.until(login + "'s calls have ended", () -> server().contacts().stream().noneMatch(TestCenterAgent::isLive),
                CLEAN_WITHIN, this::server);
        for (var contact : server().contacts()) {
            if (!attributes.isEmpty()) {
                done(workbenchCenter.updateAttributes(contact.id(), attributes));
            }
            done(workbenchCenter.clearAfterCallWork(contact.id()));
        }
        Wait.until(login + " has no contact left", () -> server().contacts().isEmpty(), CLEAN_WITHIN, this::server);
        if (!server().state().name().equals("Available")) {
            done(workbenchCenter.setState(workbenchCenter.snapshot().orElseThrow().agent().selectableState("Available")
                    .orElseThrow()));
        }
        Wait.until(login + " is Available", () -> server().state().name().equals("Available"), CLEAN_WITHIN,
                this::server);
    }

    private static boolean isLive(AgentSnapshot.ContactView contact) {
        return contact.state().wire().equals("connecting") || contact.state().wire().equals("connected");
    }

    private static void done(CompletionStage<Void> action) throws Exception {
        action.toCompletableFuture().get(CLEAN_WITHIN.toSeconds(), TimeUnit.SECONDS);
    }

    /** The agent as the server sees them. */
    AgentSnapshot server() {
        return center.running().center().snapshot(login);
    }

    /** A simulated caller dials the queue; returns the new contact's id. */
    String placeCall(String queue, String number, String name) throws IOException, InterruptedException {
        return placeCall(queue, number, name, Map.of());
    }

    /** A simulated caller dials the queue, the contact flow having set these contact attributes; returns its id. */
    String placeCall(String queue, String number, String name, Map<String, String> attributes)
            throws IOException, InterruptedException {
        JsonObject call = new JsonObject();
        call.addProperty("queue", queue);
        call.addProperty("phoneNumber", number);
        call.addProperty("callerName", name);
        JsonObject set = new JsonObject();
        attributes.forEach(set::addProperty);
        call.add("attributes", set);
        HttpResponse<String> placed = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(center.baseUri() + "/admin/calls")).POST(HttpRequest.BodyPublishers.ofString(
                        call.toString())).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, placed.statusCode(), placed.body());
        return JsonParser.parseString(placed.body()).getAsJsonObject().get("contactId").getAsString();
    }

    /** The simulated caller of the contact hangs up, wherever the contact is. */
    void hangUp(String contactId) throws IOException, InterruptedException {
        HttpResponse<String> done = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(center.baseUri() + "/admin/calls/" + contactId + "/hangup"))
                .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, done.statusCode(), done.body());
    }

    /** Who the workbench's contact center service has signed in, if anyone. */
    static Optional<String> signedIn() {
        BundleContext context = FrameworkUtil.getBundle(TestCenterAgent.class).getBundleContext();
        ServiceReference<ContactCenter> reference = context.getServiceReference(ContactCenter.class);
        if (reference == null) {
            return Optional.empty();
        }
        ContactCenter service = context.getService(reference);
        try {
            return service == null ? Optional.empty() : service.snapshot().map(s -> s.agent().username());
        } finally {
            context.ungetService(reference);
        }
    }
}
