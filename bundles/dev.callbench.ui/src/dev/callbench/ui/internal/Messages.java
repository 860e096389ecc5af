package dev.callbench.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The workbench's user-facing text; the words live in messages.properties beside this class. */
public final class Messages extends NLS {

    public static String AboutPart_productName;
    public static String AboutPart_version;
    public static String AboutPart_runtime;
    public static String AgentStatus_notSignedIn;
    public static String AgentStatus_agent;
    public static String AgentStatus_connecting;
    public static String AgentStatus_connected;
    public static String AgentStatus_notConnected;
    public static String AgentStatus_connectionLost;

    static {
        NLS.initializeMessages("dev.callbench.ui.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
