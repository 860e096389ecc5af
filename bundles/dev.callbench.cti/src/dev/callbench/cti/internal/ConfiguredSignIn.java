package dev.callbench.cti.internal;

import java.net.URI;
import java.util.Objects;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;

import dev.callbench.cti.connect.CtiConnector;
import dev.callbench.cti.connect.CtiSettings;
import dev.callbench.cti.connect.CtiSignInConfiguration;
import dev.callbench.cti.connect.CtiTimings;

/**
 * Signs in the agent that the configuration {@value CtiSignInConfiguration#PID} names, as soon as it exists and
 * again whenever it is updated; signs out when it is deleted. It offers no service, so none of its properties is
 * published.
 */
@Component(configurationPid = CtiSignInConfiguration.PID, configurationPolicy = ConfigurationPolicy.REQUIRE)
public final class ConfiguredSignIn {

    private final CtiConnector connector;

    @Activate
    public ConfiguredSignIn(@Reference CtiConnector connector, CtiSignInConfiguration configuration) {
        this.connector = connector;
        signIn(configuration);
    }

    @Modified
    void signIn(CtiSignInConfiguration configuration) {
        connector.connect(settings(configuration));
    }

    @Deactivate
    void signOut() {
        connector.disconnect();
    }

    private static CtiSettings settings(CtiSignInConfiguration configuration) {
        String endpoint = Objects.requireNonNull(configuration.endpoint(),
                "the configuration " + CtiSignInConfiguration.PID + " has no " + CtiSignInConfiguration.ENDPOINT);
        return new CtiSettings(URI.create(endpoint), configuration.login(), configuration._password(),
                CtiTimings.standard());
    }
}
