package dev.callbench.cti.internal.model;

import org.eclipse.osgi.util.NLS;

/** What the CTI client tells the agent; the words live in messages.properties beside this class. */
public final class Messages extends NLS {

    public static String connectionLost;
    public static String badSnapshot;
    public static String serviceError;
    public static String signInFailed;
    public static String signInRefused;
    public static String signInImpossible;
    public static String passwordUnreadable;
    public static String deskPhoneRefused;

    static {
        NLS.initializeMessages("dev.callbench.cti.internal.model.messages", Messages.class);
    }

    private Messages() {
    }
}
