package dev.callbench.server.launcher.internal;

import org.eclipse.osgi.util.NLS;

/** What the launcher tells the agent; the words live in messages.properties beside this class. */
public final class Messages extends NLS {

    public static String localContactCenterNotStarted;
    public static String localContactCenterRestarting;
    public static String localContactCenterKeepsFailing;

    static {
        NLS.initializeMessages("dev.callbench.server.launcher.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
