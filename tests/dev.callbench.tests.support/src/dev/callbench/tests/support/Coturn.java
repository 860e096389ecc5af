package dev.callbench.tests.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A {@link TurnServer} for one test class: {@code @RegisterExtension static final Coturn TURN = new Coturn();}. The
 * media tests and the local contact center's media endpoint tests share it.
 */
public final class Coturn implements BeforeAllCallback, AfterAllCallback {

    private TurnServer server;

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        server = TurnServer.start();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    public TurnServer server() {
        return server;
    }
}
