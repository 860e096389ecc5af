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
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The class path that runs the local contact center outside OSGi: the server bundle's jar and the jars of every
 * bundle it is wired to, directly or not, with the fragments attached to them (webrtc-java's native library comes in
 * one, for the media endpoint), plus the log binding that only a service loader would have found.
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
                toVisit.addAll(fragmentsOf(bundle));
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

    /** Nothing imports a fragment: it is attached to its host, wired the other way round. */
    private static Set<Bundle> fragmentsOf(Bundle host) {
        BundleWiring wiring = host.adapt(BundleWiring.class);
        if (wiring == null) {
            return Set.of();
        }
        return wiring.getProvidedWires(HostNamespace.HOST_NAMESPACE).stream().map(BundleWire::getRequirer)
                .map(revision -> revision.getBundle()).collect(Collectors.toSet());
    }

    private static File jarOf(Bundle bundle) throws IOException {
        return FileLocator.getBundleFileLocation(bundle)
                .orElseThrow(() -> new IOException("no file for bundle " + bundle.getSymbolicName()));
    }
}
