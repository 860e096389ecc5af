package dev.callbench.cti.tests;

import static dev.callbench.cti.tests.AgentClient.WAIT;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** The test bundle's view of the OSGi runtime it runs in. */
final class OsgiServices {

    private OsgiServices() {
    }

    static BundleContext context() {
        return FrameworkUtil.getBundle(OsgiServices.class).getBundleContext();
    }

    /** The service, once registered; fails after {@link AgentClient#WAIT}. */
    static <S> S await(Class<S> type) throws InterruptedException {
        ServiceTracker<S, S> tracker = track(type);
        try {
            return tracker.getService();
        } finally {
            tracker.close();
        }
    }

    /**
     * An open tracker that holds the service once it is registered; fails after {@link AgentClient#WAIT}. For a service
     * that is valid only while it is held (Configuration Admin's): close the tracker once done with it.
     */
    static <S> ServiceTracker<S, S> track(Class<S> type) throws InterruptedException {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context(), type, null);
        tracker.open();
        S service = tracker.waitForService(WAIT.toMillis());
        if (service == null) {
            tracker.close();
        }
        assertNotNull(service, type.getSimpleName() + " was not registered in time");
        return tracker;
    }
}
