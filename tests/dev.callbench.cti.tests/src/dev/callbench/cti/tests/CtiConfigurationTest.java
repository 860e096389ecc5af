package dev.callbench.cti.tests;

import static dev.callbench.cti.tests.AgentClient.WAIT;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.CallbenchEvent;
import dev.callbench.api.service.ContactCenter;
import dev.callbench.cti.connect.CtiSignInConfiguration;
import dev.callbench.tests.support.EventRecorder;
import dev.callbench.tests.support.OsgiServices;

/**
 * The sign-in as a Configuration Admin configuration (PID {@value CtiSignInConfiguration#PID}), against the real
 * local contact center: creating it signs its agent in, updating it signs the other agent in instead, deleting it
 * signs out; the password is in no service's properties.
 */
class CtiConfigurationTest {

    @Test
    void theConfigurationSaysWhoIsSignedIn() throws Exception {
        BundleContext context = OsgiServices.context();
        ServiceTracker<ConfigurationAdmin, ConfigurationAdmin> admins = OsgiServices.track(ConfigurationAdmin.class);
        ConfigurationAdmin admin = admins.getService();
        EventRecorder events = new EventRecorder();
        ServiceRegistration<?> listener = context.registerService(EventRecorder.SERVICES,
                events, new Hashtable<>());
        Semaphore withdrawn = new Semaphore(0);
        ServiceTracker<ContactCenter, ContactCenter> centers = trackContactCenters(context, withdrawn);
        try (LocalServer server = LocalServer.start(30_000)) {
            Configuration configuration = admin.getConfiguration(CtiSignInConfiguration.PID, "?");
            configuration.update(signIn(server, 3));
            assertSignedIn("agent3", events, centers);
            assertNoServiceShows(context, "secret-3");

            configuration.update(signIn(server, 4));
            assertTrue(withdrawn.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS), "agent3's contact center goes");
            assertSignedIn("agent4", events, centers);
            assertNoServiceShows(context, "secret-4");

            configuration.delete();
            assertTrue(withdrawn.tryAcquire(WAIT.toMillis(), TimeUnit.MILLISECONDS), "deleted: signed out");
            assertTrue(centers.isEmpty(), "signed out: no contact center");
        } finally {
            deleteLeftOver(admin);
            admins.close();
            centers.close();
            listener.unregister();
        }
    }

    private static Dictionary<String, Object> signIn(LocalServer server, int agent) {
        Hashtable<String, Object> properties = new Hashtable<>();
        properties.put(CtiSignInConfiguration.ENDPOINT, server.ctiEndpoint().toString());
        properties.put(CtiSignInConfiguration.LOGIN, "agent" + agent);
        properties.put(CtiSignInConfiguration.PASSWORD, "secret-" + agent);
        return properties;
    }

    /** The agent's first snapshot came, and theirs is the one contact center service. */
    private static void assertSignedIn(String login, EventRecorder events,
            ServiceTracker<ContactCenter, ContactCenter> centers) throws InterruptedException {
        events.await(0, initOf(login), WAIT, login + "'s first snapshot");
        ContactCenter center = centers.waitForService(WAIT.toMillis());
        assertNotNull(center, login + "'s contact center is a service");
        assertEquals(1, centers.size(), "one agent at a time");
        assertEquals(login, center.snapshot().orElseThrow().agent().username());
    }

    private static Predicate<CallbenchEvent> initOf(String login) {
        return event -> event instanceof AgentEvent agent && agent.type() == AgentEvent.Type.INIT
                && agent.snapshot().agent().username().equals(login);
    }

    private static void assertNoServiceShows(BundleContext context, String password) throws Exception {
        for (ServiceReference<?> reference : context.getAllServiceReferences(null, null)) {
            for (String key : reference.getPropertyKeys()) {
                String value = Arrays.deepToString(new Object[] { reference.getProperty(key) });
                assertFalse(key.equals(CtiSignInConfiguration.PASSWORD) || value.contains(password),
                        "the password is a property of " + reference);
            }
        }
    }

    /** Tracks the CTI client's contact center services; {@code withdrawn} counts the ones that went. */
    private static ServiceTracker<ContactCenter, ContactCenter> trackContactCenters(BundleContext context,
            Semaphore withdrawn) throws Exception {
        ServiceTracker<ContactCenter, ContactCenter> tracker = new ServiceTracker<>(context, context.createFilter(
                "(&(objectClass=" + ContactCenter.class.getName() + ")(callbench.contactcenter.provider=cti))"), null) {
            @Override
            public void removedService(ServiceReference<ContactCenter> reference, ContactCenter service) {
                withdrawn.release();
                super.removedService(reference, service);
            }
        };
        tracker.open();
        return tracker;
    }

    private static void deleteLeftOver(ConfigurationAdmin admin) throws Exception {
        Configuration[] left = admin.listConfigurations("(service.pid=" + CtiSignInConfiguration.PID + ")");
        for (Configuration configuration : left == null ? new Configuration[0] : left) {
            configuration.delete();
        }
    }
}
