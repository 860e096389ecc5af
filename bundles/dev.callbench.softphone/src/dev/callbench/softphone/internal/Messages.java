package dev.callbench.softphone.internal;

import org.eclipse.osgi.util.NLS;

/** What the softphone tells the agent, about its calls and its media engine; the words live in messages.properties. */
public final class Messages extends NLS {

    public static String engineStopped;
    public static String engineRestarting;
    public static String engineShutDown;
    public static String engineNotAnswering;
    public static String engineRefused;
    public static String engineNotReady;
    public static String engineKeepsFailing;
    public static String softphone_iceCollectionTimeout;
    public static String softphone_userBusy;
    public static String softphone_handshakeFailure;
    public static String softphone_signalingConnectionFailure;
    public static String softphone_microphoneNotShared;
    public static String softphone_webrtcError;
    public static String softphone_engineStopped;
    public static String softphone_mediaLost;
    public static String devices_noAudioSystem;
    public static String devices_gone;
    public static String devices_failed;

    static {
        NLS.initializeMessages("dev.callbench.softphone.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
