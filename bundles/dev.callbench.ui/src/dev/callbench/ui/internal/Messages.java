package dev.callbench.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The workbench's user-facing text; the words live in messages.properties beside this class. */
public final class Messages extends NLS {

    public static String AboutPart_productName;
    public static String AboutPart_version;
    public static String AboutPart_runtime;

    static {
        NLS.initializeMessages("dev.callbench.ui.internal.messages", Messages.class);
    }

    private Messages() {
    }
}
