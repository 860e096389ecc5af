package dev.callbench.server.launcher.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.util.tracker.ServiceTracker;

import dev.callbench.api.event.CoreEvents;

/**
 * The launcher in an OSGi runtime with the real CTI client and local contact center: when it cannot give the agent a
 * session with the local contact center (here the configured agent is not in its configuration, see the pom), the
 * agent is told so in a sentence, on {@link CoreEvents#INIT_FAILURE}.
 */
class LauncherProblemTest {

    private static final String WORKBENCH_STARTED = "org/eclipse/e4/ui/LifeCycle/appStartupComplete";
    private static final long WAIT_SECONDS = 60; // the launcher starts the server's JVM first

    @Test
    void anAgentTheLocalContactCenterDoesNotKnowIsToldThereIsNoContactCenter() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        BlockingQueue<Event> told = new LinkedBlockingQueue<>();
        ServiceRegistration<EventHandler> handler = context.registerService(EventHandler.class, told::add,
                FrameworkUtil.asDictionary(Map.of(EventConstants.EVENT_TOPIC, CoreEvents.ALL)));
        try {
            awaitLauncher(context);
            // stands for e4, which posts this once the window is up: the launcher starts the local contact center
            service(context, EventAdmin.class).postEvent(new Event(WORKBENCH_STARTED, Map.of()));

            Event event = told.poll(WAIT_SECONDS, TimeUnit.SECONDS);
            assertNotNull(event, "the agent was told nothing");
            assertEquals(CoreEvents.INIT_FAILURE, event.getTopic());
            String sentence = (String) event.getProperty(CoreEvents.PROBLEM);
            assertTrue(sentence.contains("local contact center") && sentence.contains("cannot take calls"), sentence);
        } finally {
            handler.unregister();
        }
    }

    private static void awaitLauncher(BundleContext context) throws Exception {
        String filter = "(&(objectClass=" + EventHandler.class.getName()
                + ")(component.name=dev.callbench.server.launcher.internal.LocalContactCenterLauncher))";
        ServiceTracker<?, ?> tracker = new ServiceTracker<>(context, context.createFilter(filter), null);
        tracker.open();
        try {
            assertNotNull(tracker.waitForService(TimeUnit.SECONDS.toMillis(WAIT_SECONDS)), "no launcher component");
        } finally {
            tracker.close();
        }
    }

    private static <S> S service(BundleContext context, Class<S> type) throws InterruptedException {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context, type, null);
        tracker.open();
        try {
            S service = tracker.waitForService(TimeUnit.SECONDS.toMillis(WAIT_SECONDS));
            assertNotNull(service, type.getSimpleName() + " is not registered");
            return service;
        } finally {
            tracker.close();
        }
    }
}
