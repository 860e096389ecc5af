package dev.callbench.server.internal.turn;

/** coturn is not there or did not start; the message says so in a sentence for the server's log. */
final class TurnRelayException extends Exception {

    private static final long serialVersionUID = 1L;

    private final boolean portTaken;

    TurnRelayException(String message, boolean portTaken) {
        super(message);
        this.portTaken = portTaken;
    }

    /** Whether another process took coturn's port before coturn bound it: then other ports may do. */
    boolean portTaken() {
        return portTaken;
    }
}
