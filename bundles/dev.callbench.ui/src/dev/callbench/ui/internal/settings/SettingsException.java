package dev.callbench.ui.internal.settings;

/** A setting could not be kept or applied; its message is a sentence for the agent, its cause for the log. */
public final class SettingsException extends Exception {

    private static final long serialVersionUID = 1L;

    public SettingsException(String sentence, Throwable cause) {
        super(sentence, cause);
    }

    public SettingsException(String sentence) {
        super(sentence);
    }
}
