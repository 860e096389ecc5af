package dev.callbench.media.internal;

/** The DTMF keypad: each key sounds the frequency of its row and that of its column (ITU-T Q.23). */
final class DtmfKeys {

    static final double[] ROWS = {697, 770, 852, 941};
    static final double[] COLUMNS = {1209, 1336, 1477, 1633};
    private static final String KEYS = "123A456B789C*0#D";

    private DtmfKeys() {
    }

    static char key(int row, int column) {
        return KEYS.charAt(row * COLUMNS.length + column);
    }

    /** The key's index, row * 4 + column, or -1 when {@code key} is none. */
    static int indexOf(char key) {
        return KEYS.indexOf(key);
    }

    static double rowFrequency(char key) {
        return ROWS[indexOf(key) / COLUMNS.length];
    }

    static double columnFrequency(char key) {
        return COLUMNS[indexOf(key) % COLUMNS.length];
    }
}
