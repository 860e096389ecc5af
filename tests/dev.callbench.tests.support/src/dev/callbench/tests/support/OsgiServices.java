package dev.callbench.tests.support;

import java.time.Duration;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.util.tracker.ServiceTracker;

/**
 * Services of the OSGi runtime a test runs in, waited for: SCR registers them in its own time. Everything goes
 * through the calling test's own bundle context, so that what it registers and sees is its bundle's.
 */
public final class OsgiServices {

    private static final StackWalker CALLERS = StackWalker.getInstance(StackWalker.Option.RETAIN_CLASS_REFERENCE);

    /** How long a service may take to be registered. */
    public static final Duration WAIT = Duration.ofSeconds(10);

    private OsgiServices() {
    }

    /** The calling test's bundle context. */
    public static BundleContext context() {
        return contextOf(CALLERS.getCallerClass());
    }

    /** The service, once registered; fails after {@link #WAIT}. */
    public static <S> S await(Class<S> type) throws InterruptedException {
        ServiceTracker<S, S> tracker = track(contextOf(CALLERS.getCallerClass()), type);
        try {
            return tracker.getService();
        } finally {
            tracker.close();
        }
    }

    /**
     * An open tracker that holds the service once it is registered; fails after {@link #WAIT}. For a service that is
     * valid only while it is held (Configuration Admin's): close the tracker once done with it.
     */
    public static <S> ServiceTracker<S, S> track(Class<S> type) throws InterruptedException {
        return track(contextOf(CALLERS.getCallerClass()), type);
    }

    private static <S> ServiceTracker<S, S> track(BundleContext context, Class<S> type) throws InterruptedException {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        if (tracker.waitForService(WAIT.toMillis()) == null) {
            tracker.close();
            throw new AssertionError(type.getSimpleName() + " was not registered within " + WAIT);
        }
        return tracker;
    }

    private static BundleContext contextOf(Class<?> caller) {
        return FrameworkUtil.getBundle(caller).getBundleContext();
    }
}
