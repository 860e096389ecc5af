package dev.callbench.ui.internal.settings;

import java.io.File;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

import javax.crypto.spec.PBEKeySpec;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;
import org.eclipse.equinox.security.storage.provider.IProviderHints;
import org.eclipse.osgi.service.datalocation.Location;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import dev.callbench.ui.internal.Messages;

/**
 * The agent's contact-center password in Eclipse secure storage, encrypted. Equinox finds no password provider here
 * (no keyring module, no UI that would ask), and without one it refuses to encrypt; so the storage is opened with
 * a key of the suite's own, made from a {@link MasterSecret} kept in the user area ({@code ~/.callbench/}), apart
 * from the storage file in the workspace: a copy of the workspace alone does not reveal the password.
 */
@Component(service = AgentSecrets.class)
public final class AgentSecrets {

    static final String STORAGE_FILE = ".metadata/.plugins/dev.callbench.ui/secure_storage";
    static final String MASTER_SECRET_FILE = ".callbench/secure-storage.key";
    private static final String NODE = "dev.callbench/contact-center";
    private static final String PASSWORD = "password";

    private final Path storageFile;
    private final Path masterSecretFile;

    @Activate
    public AgentSecrets(@Reference(target = "(type=osgi.instance.area)") Location workspace,
            @Reference(target = "(type=osgi.user.area)") Location userArea) {
        this.storageFile = folder(workspace).resolve(STORAGE_FILE);
        this.masterSecretFile = folder(userArea).resolve(MASTER_SECRET_FILE);
    }

    public Path storageFile() {
        return storageFile;
    }

    /** The password kept for the agent's contact center, if one was. */
    public Optional<String> password() throws SettingsException {
        try {
            return Optional.ofNullable(node().get(PASSWORD, null));
        } catch (StorageException | IOException e) {
            throw new SettingsException(Messages.Settings_passwordNotRead, e);
        }
    }

    /** Keeps the password, encrypted, and writes the storage file at once. */
    public void keepPassword(String password) throws SettingsException {
        try {
            ISecurePreferences node = node();
            node.put(PASSWORD, password, true);
            node.flush();
        } catch (StorageException | IOException e) {
            throw new SettingsException(Messages.Settings_passwordNotKept, e);
        }
    }

    private ISecurePreferences node() throws IOException {
        PBEKeySpec key = new PBEKeySpec(MasterSecret.in(masterSecretFile));
        Map<String, Object> options = Map.of(IProviderHints.DEFAULT_PASSWORD, key, IProviderHints.PROMPT_USER, false);
        return SecurePreferencesFactory.open(storageFile.toUri().toURL(), options).node(NODE);
    }

    private static Path folder(Location location) {
        URL url = location.getURL();
        if (url == null) {
            throw new IllegalStateException("the location " + location + " is not set");
        }
        return new File(url.getFile()).toPath(); // Equinox's location URLs are not encoded: no toURI()
    }
}
