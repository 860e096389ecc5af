package dev.callbench.server.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceReference;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.util.tracker.ServiceTracker;

import dev.callbench.server.internal.LocalContactCenterEndpoint;
import dev.callbench.tests.support.Wait;

/** Inside OSGi the local contact center is a DS component: it runs while configured, and stops when unconfigured. */
class LocalContactCenterComponentTest {

    private static final long WAIT_MILLIS = 10_000;

    @TempDir
    Path dir;

    @Test
    void runsWhileConfiguredAndStopsWhenTheConfigurationIsDeleted() throws Exception {
        BundleContext context = FrameworkUtil.getBundle(getClass()).getBundleContext();
        CountDownLatch gone = new CountDownLatch(1);
        ServiceTracker<LocalContactCenterEndpoint, LocalContactCenterEndpoint> endpoints = new ServiceTracker<>(
                context, LocalContactCenterEndpoint.class, null) {
            @Override
            public void removedService(ServiceReference<LocalContactCenterEndpoint> reference,
                    LocalContactCenterEndpoint service) {
                gone.countDown();
                super.removedService(reference, service);
            }
        };
        endpoints.open();
        try {
            assertNull(endpoints.getService(), "installed but not configured: nothing runs");
            Configuration configuration = configure(context);
            LocalContactCenterEndpoint endpoint = endpoints.waitForService(WAIT_MILLIS);
            assertNotNull(endpoint, "configured: the component starts");
            URI base = endpoint.baseUri();
            HttpDriver client = new HttpDriver(base);
            AgentSession alice = client.signIn("alice", "pw-alice");
            assertEquals("Offline", AgentSession.stateName(alice.snapshot()));

            configuration.delete();
            assertTrue(gone.await(WAIT_MILLIS, TimeUnit.MILLISECONDS), "unconfigured: the component goes away");
            // the service goes before the component is deactivated and stops its server: the port closes soon after
            Wait.until("unconfigured, its port is closed", () -> portIsClosed(client), Duration.ofMillis(WAIT_MILLIS));
        } finally {
            endpoints.close();
        }
    }

    private static boolean portIsClosed(HttpDriver client) {
        try {
            client.get("/admin/health", Map.of());
            return false;
        } catch (IOException closed) {
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Configuration configure(BundleContext context) throws Exception {
        ServiceTracker<ConfigurationAdmin, ConfigurationAdmin> admins = new ServiceTracker<>(context,
                ConfigurationAdmin.class, null);
        admins.open();
        try {
            ConfigurationAdmin admin = admins.waitForService(WAIT_MILLIS);
            assertNotNull(admin, "Configuration Admin runs in the test runtime");
            Path file = Files.writeString(dir.resolve("center.json"), TestServer.config(TestServer.TIMING, ""));
            Configuration configuration = admin.getConfiguration("dev.callbench.server", "?");
            Hashtable<String, Object> properties = new Hashtable<>();
            properties.put("configFile", file.toString());
            properties.put("port", 0);
            configuration.update(properties);
            return configuration;
        } finally {
            admins.close();
        }
    }
}
