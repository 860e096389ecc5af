package dev.callbench.bench.eventbus;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;
import org.osgi.framework.launch.FrameworkFactory;
import org.osgi.util.tracker.ServiceTracker;

/**
 * An Equinox framework inside the benchmark's JVM, with Felix SCR, Equinox EventAdmin and the Callbench event bus
 * installed from the class path's jars. The API packages and the EventAdmin API come from the class path through
 * the system bundle, so that the benchmark shares their classes with the bundles.
 */
final class EmbeddedFramework implements AutoCloseable {

    private static final List<String> BUNDLES = List.of("org.osgi.util.function-", "org.osgi.util.promise-",
            "org.osgi.service.component-", "org.apache.felix.scr-", "org.eclipse.equinox.event-",
            "dev.callbench.events-");
    private static final String SHARED_PACKAGES = "org.osgi.service.event;version=1.4.1,"
            + "dev.callbench.api;version=1.0.0,dev.callbench.api.event;version=1.0.0,"
            + "dev.callbench.api.service;version=1.0.0,dev.callbench.api.whiteboard;version=1.0.0";

    private final Path storage;
    private final Framework framework;

    EmbeddedFramework() throws IOException, BundleException {
        storage = Files.createTempDirectory("callbench-bench-osgi");
        Map<String, String> configuration = new HashMap<>();
        configuration.put(Constants.FRAMEWORK_STORAGE, storage.toString());
        configuration.put(Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT);
        configuration.put(Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA, SHARED_PACKAGES);
        framework = ServiceLoader.load(FrameworkFactory.class).findFirst().orElseThrow().newFramework(configuration);
        framework.start();
        List<Bundle> installed = new ArrayList<>();
        for (String jar : bundleJars()) {
            installed.add(context().installBundle(new File(jar).toURI().toString()));
        }
        for (Bundle bundle : installed) {
            bundle.start();
        }
    }

    BundleContext context() {
        return framework.getBundleContext();
    }

    <S> S service(Class<S> type) throws InterruptedException {
        ServiceTracker<S, S> tracker = new ServiceTracker<>(context(), type, null);
        tracker.open();
        S service = tracker.waitForService(10_000);
        if (service == null) {
            throw new IllegalStateException(type.getName() + " did not appear in the embedded framework");
        }
        return service;
    }

    private static List<String> bundleJars() {
        String[] classPath = System.getProperty("java.class.path").split(File.pathSeparator);
        List<String> jars = new ArrayList<>();
        for (String prefix : BUNDLES) {
            jars.add(findJar(classPath, prefix));
        }
        return jars;
    }

    private static String findJar(String[] classPath, String prefix) {
        for (String entry : classPath) {
            if (new File(entry).getName().startsWith(prefix)) {
                return entry;
            }
        }
        throw new IllegalStateException("no " + prefix + "*.jar on the class path");
    }

    @Override
    public void close() throws Exception {
        framework.stop();
        framework.waitForStop(10_000);
        try (var files = Files.walk(storage)) {
            files.sorted(java.util.Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        }
    }
}
