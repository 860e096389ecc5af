package dev.callbench.server.launcher.internal;

import java.io.File;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The class path that runs the local contact center outside OSGi: the server bundle's jar and the jars of every
 * bundle it is wired to, directly or not, plus the log binding that only a service loader would have found.
 */
final class ServerClassPath {

    private ServerClassPath() {
    }

    static String of(Bundle server, Bundle... extra) throws IOException {
        Set<Bundle> bundles = new LinkedHashSet<>();
        Deque<Bundle> toVisit = new ArrayDeque<>();
        toVisit.add(server);
        while (!toVisit.isEmpty()) {
            Bundle bundle = toVisit.removeFirst();
            if (bundle.getBundleId() != 0 && bundles.add(bundle)) {
                toVisit.addAll(providersOf(bundle));
            }
        }
        bundles.addAll(Set.of(extra));
        Set<String> jars = new LinkedHashSet<>();
        for (Bundle bundle : bundles) {
            jars.add(jarOf(bundle).getAbsolutePath());
        }
        return jars.stream().collect(Collectors.joining(File.pathSeparator));
    }

    private static Set<Bundle> providersOf(Bundle bundle) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        if (wiring == null) {
            return Set.of();
        }
        return wiring.getRequiredWires(null).stream().map(BundleWire::getProvider)
                .map(revision -> revision.getBundle()).collect(Collectors.toSet());
    }

    private static File jarOf(Bundle bundle) throws IOException {
        return FileLocator.getBundleFileLocation(bundle)
                .orElseThrow(() -> new IOException("no file for bundle " + bundle.getSymbolicName()));
    }
}
