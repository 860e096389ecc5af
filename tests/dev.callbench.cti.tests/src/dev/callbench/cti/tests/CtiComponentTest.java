package dev.callbench.cti.tests;

import static dev.callbench.cti.tests.AgentClient.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.api.event.CoreEvents;
import dev.callbench.api.service.ContactCenter;
import dev.callbench.cti.connect.CtiConnector;
import dev.callbench.cti.connect.CtiSettings;
import dev.callbench.tests.support.EventRecorder;
import dev.callbench.tests.support.OsgiServices;

/**
 * In the OSGi runtime, with Declarative Services and the real event bus: signing in through the CTI client's
 * component registers the agent's {@link ContactCenter} service, and every agent listener registered on the
 * whiteboard sees the agent's state changes of a whole call in the same order; a sign-in that fails is told to the
 * agent on EventAdmin before there is any session.
 */
class CtiComponentTest {

    private static final int LISTENERS = 3;

    @Test
    void everyListenerSeesTheStateChangesOfACallInOrder() throws Exception {
        BundleContext context = OsgiServices.context();
        List<EventRecorder> recorders = new ArrayList<>();
        List<ServiceRegistration<?>> listeners = new ArrayList<>();
        try (LocalServer server = LocalServer.start(30_000)) {
            for (int i = 0; i < LISTENERS; i++) {
                EventRecorder recorder = new EventRecorder();
                recorders.add(recorder);
                listeners.add(context.registerService(EventRecorder.SERVICES, recorder,
                        new Hashtable<>()));
            }
            CtiConnector connector = OsgiServices.await(CtiConnector.class);
            ContactCenter center = connector.connect(new CtiSettings(server.ctiEndpoint(), "agent1", "secret-1",
                    AgentClient.QUICK)).toCompletableFuture().get(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertNotNull(context.getServiceReferences(ContactCenter.class, "(callbench.contactcenter.provider=cti)")
                    .stream().findFirst().orElse(null), "the contact center is a service while signed in");
            workOneCall(recorders.get(0), center, server);
            for (EventRecorder recorder : recorders) {
                recorder.await(0, e -> e instanceof ContactEvent c && c.type() == ContactEvent.Type.DESTROYED, WAIT,
                        "the cleared call");
            }
            List<String> expected = List.of("Offline", "Available", "PendingBusy", "Busy", "AfterCallWork",
                    "Available");
            for (EventRecorder recorder : recorders) {
                recorder.await(0, e -> states(recorder).size() >= expected.size(), WAIT, "all state changes");
                assertEquals(expected, states(recorder), "state changes in order, for every listener");
            }
            connector.disconnect();
            assertTrue(context.getServiceReferences(ContactCenter.class, null).isEmpty(),
                    "no contact center after signing out");
        } finally {
            listeners.forEach(ServiceRegistration::unregister);
        }
    }

    @Test
    void signingOutWhileTheSignInIsUnderWayLeavesNoContactCenter() throws Exception {
        BundleContext context = OsgiServices.context();
        try (LocalServer server = LocalServer.start(30_000)) {
            CtiConnector connector = OsgiServices.await(CtiConnector.class);
            CompletableFuture<ContactCenter> signIn = connector.connect(new CtiSettings(server.ctiEndpoint(),
                    "agent2", "secret-2", AgentClient.QUICK)).toCompletableFuture();
            connector.disconnect();
            try {
                signIn.get(WAIT.toSeconds(), TimeUnit.SECONDS);
            } catch (ExecutionException | CancellationException abandoned) {
                // the sign-in completed after the sign-out and was given up: that is the case under test
            }
            assertTrue(context.getServiceReferences(ContactCenter.class, null).isEmpty(),
                    "no contact center once signed out, whenever the sign-in completes");
        }
    }

    @Test
    void aRefusedSignInIsToldToTheAgentBeforeThereIsASession() throws Exception {
        BundleContext context = OsgiServices.context();
        BlockingQueue<Event> told = new LinkedBlockingQueue<>();
        ServiceRegistration<EventHandler> handler = context.registerService(EventHandler.class, told::add,
                FrameworkUtil.asDictionary(Map.of(EventConstants.EVENT_TOPIC, CoreEvents.ALL)));
        try (LocalServer server = LocalServer.start(30_000)) {
            CtiConnector connector = OsgiServices.await(CtiConnector.class);
            CompletableFuture<ContactCenter> signIn = connector.connect(new CtiSettings(server.ctiEndpoint(),
                    "agent1", "not-the-password", AgentClient.QUICK)).toCompletableFuture();
            assertThrows(ExecutionException.class, () -> signIn.get(WAIT.toSeconds(), TimeUnit.SECONDS));

            Event event = told.poll(WAIT.toSeconds(), TimeUnit.SECONDS);
            assertNotNull(event, "the agent was told nothing");
            assertEquals(CoreEvents.AUTH_FAIL, event.getTopic());
            String sentence = (String) event.getProperty(CoreEvents.PROBLEM);
            assertTrue(sentence.contains("user name or password"), sentence);
            assertFalse(sentence.contains("401"), "no technical detail for the agent: " + sentence);
        } finally {
            handler.unregister();
        }
    }

    private static void workOneCall(EventRecorder events, ContactCenter center, LocalServer server)
            throws Exception {
        events.await(0, EventRecorder.agent(AgentEvent.Type.INIT), WAIT, "first snapshot");
        CtiEndToEndTest.done(center.setState(center.snapshot().orElseThrow().agent().selectableState("Available")
                .orElseThrow()));
        events.await(0, EventRecorder.stateBecomes("Available"), WAIT, "Available");
        String contactId = server.placeCall(1);
        events.await(0, EventRecorder.contact(ContactEvent.Type.CONNECTING, contactId), WAIT, "offered call");
        CtiEndToEndTest.done(center.accept(contactId));
        events.await(0, EventRecorder.contact(ContactEvent.Type.CONNECTED, contactId), WAIT, "connected call");
        CtiEndToEndTest.done(center.end(contactId));
        events.await(0, EventRecorder.contact(ContactEvent.Type.ACW, contactId), WAIT, "after-call work");
        CtiEndToEndTest.done(center.clearAfterCallWork(contactId));
    }

    private static List<String> states(EventRecorder recorder) {
        return recorder.events().stream().filter(EventRecorder.agent(AgentEvent.Type.STATE_CHANGE))
                .map(event -> ((AgentEvent) event).newState().name()).toList();
    }
}
