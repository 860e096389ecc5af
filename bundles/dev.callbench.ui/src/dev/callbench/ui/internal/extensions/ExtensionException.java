package dev.callbench.ui.internal.extensions;

/** p2 could not do what the agent asked; the message is a sentence for the agent, the detail is for the log. */
public final class ExtensionException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String detail;

    ExtensionException(String sentence, String detail, Throwable cause) {
        super(sentence, cause);
        this.detail = detail;
    }

    ExtensionException(String sentence, String detail) {
        this(sentence, detail, null);
    }

    /** What p2 said, for the log. */
    public String detail() {
        return detail;
    }
}
