package dev.callbench.api.internal;

import org.eclipse.osgi.util.NLS;

import dev.callbench.api.service.ActionFailedException;

/** The API bundle's sentences for the agent; the text is in {@code messages.properties}. */
public final class Messages extends NLS {

    public static String reason_REFUSED;
    public static String reason_INVALID_STATE;
    public static String reason_NOT_FOUND;
    public static String reason_BAD_ENDPOINT;
    public static String reason_ACCESS_DENIED;
    public static String reason_UNAUTHORIZED;
    public static String reason_NOT_CONNECTED;
    public static String reason_TIMEOUT;
    public static String reason_FAILED;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }

    /** The standard sentence for a kind of failure. */
    public static String forReason(ActionFailedException.Reason reason) {
        return switch (reason) {
            case REFUSED -> reason_REFUSED;
            case INVALID_STATE -> reason_INVALID_STATE;
            case NOT_FOUND -> reason_NOT_FOUND;
            case BAD_ENDPOINT -> reason_BAD_ENDPOINT;
            case ACCESS_DENIED -> reason_ACCESS_DENIED;
            case UNAUTHORIZED -> reason_UNAUTHORIZED;
            case NOT_CONNECTED -> reason_NOT_CONNECTED;
            case TIMEOUT -> reason_TIMEOUT;
            case FAILED -> reason_FAILED;
        };
    }
}
