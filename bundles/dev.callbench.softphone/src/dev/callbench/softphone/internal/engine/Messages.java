package dev.callbench.softphone.internal.engine;

import org.eclipse.osgi.util.NLS;

/** What the softphone tells the agent about its media engine; the words live in messages.properties beside this class. */
public final class Messages extends NLS {

    public static String engineStopped;
    public static String engineRestarting;
    public static String engineShutDown;
    public static String engineNotAnswering;
    public static String engineRefused;
    public static String engineNotReady;
    public static String engineKeepsFailing;

    static {
        NLS.initializeMessages("dev.callbench.softphone.internal.engine.messages", Messages.class);
    }

    private Messages() {
    }
}
