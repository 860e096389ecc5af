package dev.callbench.ringtone.internal;

import org.eclipse.osgi.util.NLS;

/** What the ringer tells the agent; the words live in messages.properties beside this class. */
public final class Messages extends NLS {

    public static String noSoundDevice;
    public static String deviceMissing;
    public static String pulseServerSilent;
    public static String ringtoneFileRefused;
    public static String ringtoneFileUnreadable;
    public static String ringtoneFileTooLong;

    static {
        NLS.initializeMessages("dev.callbench.ringtone.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
