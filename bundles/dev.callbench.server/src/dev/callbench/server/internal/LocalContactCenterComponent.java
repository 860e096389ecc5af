package dev.callbench.server.internal;

import java.net.URI;
import java.nio.file.Path;
import java.util.Map;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Deactivate;

import dev.callbench.server.internal.config.ConfigLoader;
import dev.callbench.server.internal.config.ServerConfig;

/**
 * The local contact center as a DS component. It runs only when configured (PID dev.callbench.server) with a
 * {@code configFile} property naming the JSON configuration, so that merely installing the bundle starts nothing;
 * a {@code port} property overrides the file's port. Registered as a {@link LocalContactCenterEndpoint} service.
 */
@Component(configurationPid = "dev.callbench.server", configurationPolicy = ConfigurationPolicy.REQUIRE,
        service = LocalContactCenterEndpoint.class)
public final class LocalContactCenterComponent implements LocalContactCenterEndpoint {

    private LocalContactCenter running;

    @Activate
    void activate(Map<String, Object> properties) throws Exception {
        ConfigLoader loader = new ConfigLoader();
        ServerConfig config = loader.load(Path.of(String.valueOf(properties.get("configFile"))));
        Object port = properties.get("port");
        if (port != null) {
            config = loader.check(config.withAddress(null, Integer.valueOf(port.toString())));
        }
        running = LocalContactCenter.start(config);
    }

    @Deactivate
    void deactivate() {
        running.close();
    }

    @Override
    public URI baseUri() {
        return running.baseUri();
    }
}
