package dev.callbench.ui.internal.settings;

import java.net.URI;
import java.util.Optional;

/**
 * Which contact center the agent signs in to: the local one the workbench starts ({@link #local()}), or a CTI
 * service at a URL with a login. The password is not part of it: it lives in secure storage alone.
 */
public record ContactCenterChoice(Optional<URI> endpoint, String login) {

    public static ContactCenterChoice local() {
        return new ContactCenterChoice(Optional.empty(), "");
    }

    public static ContactCenterChoice remote(URI endpoint, String login) {
        return new ContactCenterChoice(Optional.of(endpoint), login);
    }

    public boolean isLocal() {
        return endpoint.isEmpty();
    }
}
