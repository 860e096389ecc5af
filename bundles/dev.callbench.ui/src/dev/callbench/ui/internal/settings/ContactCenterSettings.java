package dev.callbench.ui.internal.settings;

import java.io.IOException;
import java.net.URI;
import java.util.Hashtable;
import java.util.Optional;

import org.eclipse.core.runtime.preferences.IEclipsePreferences;
import org.eclipse.core.runtime.preferences.InstanceScope;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.prefs.BackingStoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import dev.callbench.cti.connect.CtiSignInConfiguration;
import dev.callbench.ui.internal.Messages;

/**
 * The agent's choice of contact center, kept in the workspace's preferences (the password in {@link AgentSecrets})
 * and applied at start and on every save: for a contact center of their own, the CTI client's configuration
 * {@value CtiSignInConfiguration#PID} is written, which signs them in there; for the local contact center it is
 * deleted, and the local contact center's launcher signs them in. Configuration Admin keeps that configuration in
 * memory only in the product ({@code felix.cm.pm=memory}), so the password it carries never reaches a file.
 */
@Component(service = ContactCenterSettings.class, immediate = true)
public final class ContactCenterSettings {

    static final String PREFERENCES = "dev.callbench.ui";
    static final String ENDPOINT = "contactCenter.endpoint";
    static final String LOGIN = "contactCenter.login";
    private static final Logger LOG = LoggerFactory.getLogger(ContactCenterSettings.class);

    private final ConfigurationAdmin configurations;
    private final AgentSecrets secrets;

    @Activate
    public ContactCenterSettings(@Reference ConfigurationAdmin configurations, @Reference AgentSecrets secrets) {
        this.configurations = configurations;
        this.secrets = secrets;
        try {
            apply(choice());
        } catch (SettingsException e) {
            LOG.error("The agent's choice of contact center could not be applied at start", e);
        }
    }

    /** The contact center chosen last, the local one when none was. */
    public ContactCenterChoice choice() {
        IEclipsePreferences preferences = preferences();
        String endpoint = preferences.get(ENDPOINT, "");
        return endpoint.isBlank() ? ContactCenterChoice.local()
                : ContactCenterChoice.remote(URI.create(endpoint), preferences.get(LOGIN, ""));
    }

    /** Whether a password is kept; false, and logged, when secure storage cannot be read. */
    public boolean hasPassword() {
        try {
            return secrets.password().isPresent();
        } catch (SettingsException e) {
            LOG.error("Secure storage could not be read", e);
            return false;
        }
    }

    /**
     * Keeps the choice (and a new password, when one is given: otherwise the one kept before stays) and signs the
     * agent in accordingly.
     */
    public void save(ContactCenterChoice choice, Optional<String> newPassword) throws SettingsException {
        if (newPassword.isPresent()) {
            secrets.keepPassword(newPassword.get());
        } else if (!choice.isLocal() && secrets.password().isEmpty()) {
            throw new SettingsException(Messages.Settings_passwordMissing);
        }
        IEclipsePreferences preferences = preferences();
        preferences.put(ENDPOINT, choice.endpoint().map(URI::toString).orElse(""));
        preferences.put(LOGIN, choice.login());
        try {
            preferences.flush();
        } catch (BackingStoreException e) {
            throw new SettingsException(Messages.Settings_notKept, e);
        }
        apply(choice);
    }

    private void apply(ContactCenterChoice choice) throws SettingsException {
        try {
            if (choice.isLocal()) {
                for (Configuration existing : existing()) {
                    existing.delete();
                }
                return;
            }
            Hashtable<String, Object> signIn = new Hashtable<>();
            signIn.put(CtiSignInConfiguration.ENDPOINT, choice.endpoint().get().toString());
            signIn.put(CtiSignInConfiguration.LOGIN, choice.login());
            signIn.put(CtiSignInConfiguration.PASSWORD, secrets.password().orElse(""));
            configurations.getConfiguration(CtiSignInConfiguration.PID, "?").update(signIn);
        } catch (IOException | InvalidSyntaxException e) {
            throw new SettingsException(Messages.Settings_notApplied, e);
        }
    }

    private Configuration[] existing() throws IOException, InvalidSyntaxException {
        Configuration[] found = configurations.listConfigurations(
                "(service.pid=" + CtiSignInConfiguration.PID + ")");
        return found == null ? new Configuration[0] : found;
    }

    private static IEclipsePreferences preferences() {
        return InstanceScope.INSTANCE.getNode(PREFERENCES);
    }
}
