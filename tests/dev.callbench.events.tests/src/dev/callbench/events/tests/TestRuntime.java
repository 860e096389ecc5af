package dev.callbench.events.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.util.ArrayList;
import java.util.Dictionary;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.util.tracker.ServiceTracker;

import dev.callbench.api.internal.suite.EventBus;
import dev.callbench.api.internal.suite.EventBusMetrics.ListenerMetrics;
import dev.callbench.tests.support.Wait;

/**
 * The OSGi runtime the tests run in: finds services, registers the tests' listeners as a bundle would, and
 * unregisters them after each test.
 */
final class TestRuntime implements AutoCloseable {

    private final BundleContext context = FrameworkUtil.getBundle(TestRuntime.class).getBundleContext();
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    private final List<ServiceTracker<?, ?>> trackers = new ArrayList<>();

    BundleContext context() {
        return context;
    }

    <S> S service(Class<S> type) throws InterruptedException {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        trackers.add(tracker);
        S service = tracker.waitForService(10_000);
        assertNotNull(service, type.getSimpleName() + " is not registered: is Felix SCR started?");
        return service;
    }

    /** Registers a whiteboard service, as an extension bundle would. */
    <S> ServiceRegistration<S> register(Class<S> type, S service, Map<String, ?> properties) {
        Dictionary<String, Object> dictionary = FrameworkUtil.asDictionary(Map.copyOf(properties));
        ServiceRegistration<S> registration = context.registerService(type, service, dictionary);
        registrations.add(registration);
        return registration;
    }

    /** Registers a listener and waits until the bus has picked it up. */
    <S> ServiceRegistration<S> listen(EventBus bus, Class<S> type, S listener, Map<String, ?> properties) {
        ServiceRegistration<S> registration = register(type, listener, properties);
        Wait.until("the bus picked up " + listener, () -> metricsOf(bus, registration).isPresent(),
                java.time.Duration.ofSeconds(10));
        return registration;
    }

    /** The bus's metrics of the listener registered as this service, if the bus has it. */
    static Optional<ListenerMetrics> metricsOf(EventBus bus, ServiceRegistration<?> registration) {
        String suffix = "#" + registration.getReference().getProperty(Constants.SERVICE_ID);
        return bus.metrics().listeners().stream().filter(l -> l.name().endsWith(suffix)).findFirst();
    }

    @Override
    public void close() {
        registrations.forEach(TestRuntime::unregisterIfStill);
        trackers.forEach(ServiceTracker::close);
    }

    private static void unregisterIfStill(ServiceRegistration<?> registration) {
        try {
            registration.unregister();
        } catch (IllegalStateException alreadyGone) {
            // a test unregistered it itself
        }
    }
}
