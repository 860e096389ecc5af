package dev.callbench.ringtone.tests;

import java.io.IOException;
import java.time.Duration;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Filter;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.util.tracker.ServiceTracker;

import dev.callbench.api.event.ContactEvent;
import dev.callbench.api.event.CoreEvents;
import dev.callbench.api.whiteboard.ContactListener;
import dev.callbench.ringtone.internal.RingerComponent;
import dev.callbench.ringtone.internal.RingerSettings;
import dev.callbench.tests.support.OsgiServices;

/**
 * The real ringer component, configured through Configuration Admin (PID {@value RingerSettings#PID}), and the
 * sentences it posts for the agent. Each configuration carries a generation of its own, which Declarative Services
 * makes a service property: that is how the test knows the component of its configuration is the one registered.
 * Events go to it as the bus delivers them: through its {@link ContactListener} service, on the test's thread.
 * Each test has one of these; {@link #forget()} ends the configuration when the test class is done.
 */
final class ConfiguredRinger implements AutoCloseable {

    private static final AtomicInteger GENERATIONS = new AtomicInteger();
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final BundleContext context = FrameworkUtil.getBundle(ConfiguredRinger.class).getBundleContext();
    private final ServiceTracker<ConfigurationAdmin, ConfigurationAdmin> admins;
    private final List<String> sentences = new CopyOnWriteArrayList<>();
    private final ServiceRegistration<EventHandler> handler;
    private final List<Long> eventNanos = new CopyOnWriteArrayList<>();
    private ServiceTracker<RingerComponent, RingerComponent> ringers;

    ConfiguredRinger() throws InterruptedException {
        admins = OsgiServices.track(ConfigurationAdmin.class);
        Hashtable<String, Object> topic = new Hashtable<>(Map.of(EventConstants.EVENT_TOPIC,
                RingerComponent.PROBLEM_TOPIC));
        handler = context.registerService(EventHandler.class,
                event -> sentences.add((String) event.getProperty(CoreEvents.PROBLEM)), topic);
    }

    /** Configures the ringer with these settings (the others at their defaults) and returns its new component. */
    RingerComponent configure(Map<String, Object> settings) throws IOException, InterruptedException {
        int generation = GENERATIONS.incrementAndGet();
        Hashtable<String, Object> properties = new Hashtable<>(settings);
        properties.put("test.generation", generation);
        Configuration configuration = admins.getService().getConfiguration(RingerSettings.PID, "?");
        configuration.update(properties);
        if (ringers != null) {
            ringers.close();
        }
        ringers = new ServiceTracker<>(context, filter(generation), null);
        ringers.open();
        RingerComponent ringer = ringers.waitForService(WAIT.toMillis());
        if (ringer == null) {
            throw new AssertionError("no ringer of configuration " + generation + " within " + WAIT + "; registered: "
                    + registered() + "; configuration: " + admins.getService().getConfiguration(RingerSettings.PID, "?")
                            .getProperties());
        }
        return ringer;
    }

    /** Delivers the event to the ringer as the bus would; remembers how long the call took. */
    void deliver(ContactEvent event) {
        ContactListener listener = (ContactListener) ringers.getService();
        long start = System.nanoTime();
        listener.onContactEvent(event);
        eventNanos.add(System.nanoTime() - start);
    }

    /** The longest an event delivery took so far, in ms. */
    double longestDeliveryMillis() {
        return eventNanos.stream().mapToLong(Long::longValue).max().orElse(0) / 1e6;
    }

    /** The sentences the ringer posted for the agent so far. */
    List<String> sentences() {
        return List.copyOf(sentences);
    }

    private List<Object> registered() {
        try {
            var references = context.getServiceReferences(RingerComponent.class, null);
            return references.stream().map(r -> r.getProperty("test.generation")).toList();
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private Filter filter(int generation) {
        try {
            return context.createFilter("(&(objectClass=" + RingerComponent.class.getName() + ")(test.generation="
                    + generation + "))");
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Deletes the configuration: the ringer goes back to its defaults. Only once a test class is done: every
     * {@link #configure} replaces all the settings anyway, and a deletion followed at once by a new configuration left
     * the ringer without the new one once in a while.
     */
    void forget() throws IOException {
        admins.getService().getConfiguration(RingerSettings.PID, "?").delete();
    }

    @Override
    public void close() {
        if (ringers != null) {
            ringers.close();
        }
        handler.unregister();
        admins.close();
    }
}
