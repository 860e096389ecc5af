package dev.callbench.ui.internal.extensions;

import java.net.URI;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.regex.Pattern;

import org.osgi.framework.BundleContext;

/** Where extensions come from: a p2 update site, at a web address or in a folder. */
final class UpdateSite {

    /** The framework or system property that names the product's own update site, which the dialog starts with. */
    static final String PROPERTY = "callbench.extensions.site";

    /** A scheme of two letters or more, so that a Windows drive letter stays a folder. */
    private static final Pattern WITH_SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]+:.*");

    private UpdateSite() {
    }

    /** The product's own update site, as the installation names it, or nothing. */
    static String preconfigured(BundleContext context) {
        String site = context.getProperty(PROPERTY);
        return site == null ? "" : site.trim();
    }

    /** The site the agent typed or chose: a URL as it is, a folder as its file URL; nothing when it is neither. */
    static Optional<URI> of(String typed) {
        String text = typed.trim();
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(WITH_SCHEME.matcher(text).matches() ? new URI(text)
                    : Path.of(text).toAbsolutePath().toUri());
        } catch (java.net.URISyntaxException | InvalidPathException e) {
            return Optional.empty();
        }
    }
}
