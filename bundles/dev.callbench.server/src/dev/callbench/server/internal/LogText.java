package dev.callbench.server.internal;

/**
 * A value from a request, made fit for one log line: control characters are written as escapes (so a newline in a
 * contact id cannot forge a line of its own) and it is cut after {@value #LONGEST} characters (so one request cannot
 * write a 64 KB line).
 */
public final class LogText {

    static final int LONGEST = 200;

    private LogText() {
    }

    public static String of(Object value) {
        String text = String.valueOf(value);
        StringBuilder safe = new StringBuilder(Math.min(text.length(), LONGEST) + 16);
        int end = Math.min(text.length(), LONGEST);
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c < 0x20 || c == 0x7f || c == '\u2028' || c == '\u2029') {
                safe.append(String.format("\\u%04x", (int) c));
            } else {
                safe.append(c);
            }
        }
        if (text.length() > LONGEST) {
            safe.append("... (").append(text.length() - LONGEST).append(" more characters)");
        }
        return safe.toString();
    }
}
