package dev.callbench.api;

/** What an endpoint (a quick connect or a number) leads to. */
public enum EndpointType {
    /** A phone number. */
    PHONE_NUMBER,
    /** Another agent. */
    AGENT,
    /** A queue. */
    QUEUE;
}
