package dev.callbench.server.internal.auth;

/** A request without a valid sign-in: no token, an unknown or expired token, wrong credentials. */
public final class AuthException extends Exception {

    private static final long serialVersionUID = 1L;

    public AuthException(String message) {
        super(message, null, false, false);
    }
}
