package dev.callbench.cti.internal.sync;

/** A contact event derived from two snapshots, named as Streams names it ({@code contact::<name>}). */
public enum ContactChange {
    INIT, INCOMING, PENDING, CONNECTING, CONNECTED, MISSED, ERROR, ACW, ENDED, REFRESH, DESTROYED
}
