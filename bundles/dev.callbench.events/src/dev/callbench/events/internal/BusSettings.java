package dev.callbench.events.internal;

import java.time.Duration;

/**
 * How the bus delivers: its delivery threads, how long one may stay in a call before the others get a new one, how
 * often the watchdog looks while events are being delivered, and how many overruns a listener may have.
 */
record BusSettings(int deliveryThreads, Duration rescueAfter, Duration watchdogPeriod, long overrunsBeforeQuarantine) {
}
