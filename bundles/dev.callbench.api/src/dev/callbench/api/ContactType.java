package dev.callbench.api;

/** The channel of a contact. */
public enum ContactType {
    /** A phone call. */
    VOICE,
    /** A callback the customer asked for while waiting in a queue. */
    QUEUE_CALLBACK,
    /** A chat. */
    CHAT,
    /** A task. */
    TASK;
}
