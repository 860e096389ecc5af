package dev.callbench.runtime.tests;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/** Waits for services the way a test in the OSGi runtime needs to: SCR registers them in its own time. */
final class OsgiServices {

    private static final long WAIT_MILLIS = 10_000;

    private OsgiServices() {
    }

    static BundleContext context() {
        return FrameworkUtil.getBundle(OsgiServices.class).getBundleContext();
    }

    static <S> S await(Class<S> type) throws InterruptedException {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context(), type, null);
        tracker.open();
        try {
            S service = tracker.waitForService(WAIT_MILLIS);
            assertNotNull(service, type.getSimpleName() + " was not registered within " + WAIT_MILLIS + " ms");
            return service;
        } finally {
            tracker.close();
        }
    }
}
