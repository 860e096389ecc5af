package dev.callbench.server.internal.turn;

/** The ports from first to last, both included. */
record PortRange(int first, int last) {

    @Override
    public String toString() {
        return first + "-" + last;
    }
}
