package dev.callbench.softphone.internal.engine;

import java.io.File;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.runtime.FileLocator;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.BundleWire;
import org.osgi.framework.wiring.BundleWiring;

import dev.callbench.softphone.engine.internal.channel.MessageCodec;

/**
 * The class path that runs the media engine outside OSGi: the engine bundle and every bundle it is wired to, and
 * webrtc-java with its native library for this platform when they are installed. The native library is a fragment,
 * which no required wire leads to: it is found by name.
 */
public final class EngineClassPath {

    static final String WEBRTC = "dev.onvoid.webrtc";
    static final String WEBRTC_NATIVES = WEBRTC + ".natives.";
    /** OSGi's names of operating systems where webrtc-java's classifiers name them otherwise. */
    private static final Map<String, String> WEBRTC_OS_NAMES = Map.of("win32", "windows", "macosx", "macos");

    private EngineClassPath() {
    }

    public static String of(BundleContext context) throws IOException {
        Set<Bundle> bundles = wiredFrom(FrameworkUtil.getBundle(MessageCodec.class));
        Optional<Bundle> webrtc = named(context, WEBRTC);
        if (webrtc.isPresent()) {
            bundles.addAll(wiredFrom(webrtc.get()));
            named(context, WEBRTC_NATIVES + platform(context)).ifPresent(bundles::add);
        }
        StringBuilder path = new StringBuilder();
        for (Bundle bundle : bundles) {
            path.append(path.isEmpty() ? "" : File.pathSeparator).append(fileOf(bundle));
        }
        return path.toString();
    }

    /** The jar, or folder, a bundle was installed from. */
    public static String fileOf(Bundle bundle) throws IOException {
        return FileLocator.getBundleFileLocation(bundle)
                .orElseThrow(() -> new IOException("no file for bundle " + bundle.getSymbolicName())).getAbsolutePath();
    }

    /** webrtc-java's name of this platform: {@code linux-x86_64}, {@code windows-x86_64}, {@code macos-aarch64} ... */
    static String platform(BundleContext context) {
        String os = context.getProperty("osgi.os");
        return WEBRTC_OS_NAMES.getOrDefault(os, os) + "-" + context.getProperty("osgi.arch");
    }

    private static Set<Bundle> wiredFrom(Bundle start) {
        Set<Bundle> bundles = new LinkedHashSet<>();
        Deque<Bundle> toVisit = new ArrayDeque<>(Set.of(start));
        while (!toVisit.isEmpty()) {
            Bundle bundle = toVisit.removeFirst();
            if (bundle.getBundleId() != 0 && bundles.add(bundle)) {
                providersOf(bundle).forEach(toVisit::add);
            }
        }
        return bundles;
    }

    private static Stream<Bundle> providersOf(Bundle bundle) {
        BundleWiring wiring = bundle.adapt(BundleWiring.class);
        return wiring == null ? Stream.empty()
                : wiring.getRequiredWires(null).stream().map(BundleWire::getProvider).map(BundleRevision::getBundle);
    }

    private static Optional<Bundle> named(BundleContext context, String symbolicName) {
        return Stream.of(context.getBundles()).filter(bundle -> symbolicName.equals(bundle.getSymbolicName())).findFirst();
    }
}
