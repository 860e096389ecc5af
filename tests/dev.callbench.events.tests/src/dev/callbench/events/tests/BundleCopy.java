package dev.callbench.events.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;

/**
 * The content of an installed bundle as a jar, so that a test can uninstall the bundle and install it again the way
 * an update site would, wherever the test runtime found it first.
 */
final class BundleCopy {

    private BundleCopy() {
    }

    static InputStream of(Bundle bundle) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Manifest manifest;
        try (InputStream in = bundle.getEntry("META-INF/MANIFEST.MF").openStream()) {
            manifest = new Manifest(in);
        }
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            Enumeration<URL> entries = bundle.findEntries("/", "*", true);
            for (URL entry : Collections.list(entries)) {
                copyEntry(jar, entry);
            }
        }
        return new ByteArrayInputStream(bytes.toByteArray());
    }

    private static void copyEntry(JarOutputStream jar, URL entry) throws IOException {
        String name = entry.getPath().substring(1);
        if (name.isEmpty() || name.endsWith("/") || name.equals("META-INF/MANIFEST.MF")) {
            return;
        }
        jar.putNextEntry(new JarEntry(name));
        try (InputStream in = entry.openStream()) {
            in.transferTo(jar);
        }
        jar.closeEntry();
    }
}
