package dev.callbench.bench.eventbus;

/**
 * What the listeners of one run received: one counter per listener, written by one thread at a time (the listener's
 * delivery thread), read by the benchmark thread that waits for the deliveries.
 */
final class Sinks {

    private final Counter[] counters;

    Sinks(int listeners) {
        counters = new Counter[listeners];
        for (int i = 0; i < listeners; i++) {
            counters[i] = new Counter();
        }
    }

    Counter counter(int listener) {
        return counters[listener];
    }

    /** Waits until every listener has received at least {@code count} events in all. */
    void awaitAll(long count) {
        for (Counter counter : counters) {
            while (counter.received < count) {
                Thread.onSpinWait();
                Thread.yield();
            }
        }
    }

    static final class Counter {
        volatile long received;

        @SuppressWarnings("NonAtomicOperationOnVolatileField")
        void receive() {
            received++; // one writer at a time: the bus never calls a listener concurrently with itself
        }
    }
}
