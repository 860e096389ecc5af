package dev.callbench.softphone.engine.internal.channel;

import java.io.IOException;

/**
 * What the other end of the channel sent that this end cannot take, said in a sentence, with the error kind the
 * protocol names it by ({@code lineTooLong}, {@code notUtf8}, {@code notJson}, {@code notAnObject},
 * {@code badMessage}, {@code truncated}).
 */
public final class ChannelException extends IOException {

    public static final String LINE_TOO_LONG = "lineTooLong";
    public static final String NOT_UTF8 = "notUtf8";
    public static final String NOT_JSON = "notJson";
    public static final String NOT_AN_OBJECT = "notAnObject";
    public static final String BAD_MESSAGE = "badMessage";
    public static final String TRUNCATED = "truncated";

    private static final long serialVersionUID = 1L;

    private final String kind;

    public ChannelException(String kind, String message) {
        super(message);
        this.kind = kind;
    }

    public String kind() {
        return kind;
    }

    /** Whether nothing more can come: the stream ended in the middle of a line. Other errors cost one line. */
    public boolean endsChannel() {
        return TRUNCATED.equals(kind);
    }
}
