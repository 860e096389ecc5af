package dev.callbench.events.internal;

import org.eclipse.osgi.util.NLS;

/** The event bus's and the hooks' texts for the log; the text is in {@code messages.properties}. */
public final class Messages extends NLS {

    public static String listenerFailed;
    public static String listenerOverran;
    public static String listenerQuarantined;
    public static String unknownSelection;
    public static String hookFailed;
    public static String hookTimedOut;
    public static String hookOverranAfter;
    public static String hookQuarantined;

    static {
        NLS.initializeMessages(Messages.class.getPackageName() + ".messages", Messages.class);
    }

    private Messages() {
    }
}
