package dev.callbench.server.internal.signaling;

/** A request refused with one of the protocol's errors. */
public final class SignalingRefusal extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final SignalingError error;

    public SignalingRefusal(SignalingError error, String detail) {
        super(detail, null, false, false);
        this.error = error;
    }

    public SignalingError error() {
        return error;
    }
}
