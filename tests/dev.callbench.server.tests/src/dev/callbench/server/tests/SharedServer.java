package dev.callbench.server.tests;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;

import dev.callbench.tests.support.LocalContactCenterExtension;

/** One real server for all tests of a class, started with the default test configuration. */
abstract class SharedServer {

    @RegisterExtension
    static final LocalContactCenterExtension CENTER = new LocalContactCenterExtension(
            TestServer.config(TestServer.TIMING, ""));

    static TestServer server;

    @BeforeAll
    static void useServer() {
        server = TestServer.of(CENTER.running());
    }
}
