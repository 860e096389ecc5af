package dev.callbench.tests.support;

import java.net.URI;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import dev.callbench.server.internal.LocalContactCenter;
import dev.callbench.server.internal.config.ConfigLoader;

/**
 * The real local contact center for the tests of a class, in the test's JVM, on 127.0.0.1 and a free port: started
 * before the first test, stopped after the last. Register it on a static field:
 *
 * <pre>{@code
 * @RegisterExtension
 * static final LocalContactCenterExtension center = new LocalContactCenterExtension(CONFIGURATION_JSON);
 * }</pre>
 */
public final class LocalContactCenterExtension implements BeforeAllCallback, AfterAllCallback {

    private final String configuration;
    private LocalContactCenter running;

    /** @param configuration the server's configuration, JSON as its configuration file has it */
    public LocalContactCenterExtension(String configuration) {
        this.configuration = configuration;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        running = LocalContactCenter.start(new ConfigLoader().parse(configuration));
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (running != null) {
            running.close();
            running = null;
        }
    }

    /** The running server; only between the first test's start and the last one's end. */
    public LocalContactCenter running() {
        if (running == null) {
            throw new IllegalStateException("the local contact center runs only while the test class runs");
        }
        return running;
    }

    /** Where it answers: {@code http://127.0.0.1:<port>}. */
    public URI baseUri() {
        return running().baseUri();
    }
}
