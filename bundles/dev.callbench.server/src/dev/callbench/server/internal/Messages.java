package dev.callbench.server.internal;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The server's user-facing sentences, kept in messages.properties. A plain ResourceBundle rather than NLS,
 * because the same code runs headless without OSGi.
 */
public final class Messages {

    private static final String BUNDLE = "dev.callbench.server.internal.messages";

    private Messages() {
    }

    public static String format(String key, Object... args) {
        try {
            ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.getDefault(), Messages.class.getClassLoader());
            return MessageFormat.format(bundle.getString(key), args);
        } catch (MissingResourceException e) {
            return key;
        }
    }
}
