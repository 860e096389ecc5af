package dev.callbench.events.internal;

/** Where the bus reports trouble; the component writes to the OSGi log. */
interface BusLog {

    void warn(String message);

    void error(String message, Throwable failure);
}
