package dev.callbench.media.tests;

import java.util.List;

import dev.callbench.media.internal.IceServer;
import dev.callbench.tests.support.TurnServer;

/** The test's coturn as the ICE server of a peer. */
final class Relay {

    private Relay() {
    }

    static IceServer of(TurnServer turn) {
        return withPassword(turn, turn.password());
    }

    static IceServer withPassword(TurnServer turn, String password) {
        return new IceServer(List.of(turn.url()), turn.username(), password);
    }
}
