package dev.callbench.server.tests;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/** Each test starts with its own server and bob connected to a caller on the Sales queue. */
abstract class ConnectedCallTest {

    TestServer server;
    AgentSession bob;
    String call;

    @BeforeEach
    void connectACall() throws Exception {
        server = TestServer.start();
        bob = server.agent("bob", "Available");
        call = server.connectedCall(bob, "Sales");
    }

    @AfterEach
    void stopServer() {
        server.close();
    }
}
