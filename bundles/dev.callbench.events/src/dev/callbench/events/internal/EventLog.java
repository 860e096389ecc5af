package dev.callbench.events.internal;

import dev.callbench.api.event.CallbenchEvent;

/**
 * The events in the order they were published, in a chain of fixed-size chunks that only grows at its tail.
 * Publishing writes one array slot, however many listeners there are; each listener reads the chunks at its own pace
 * from where it joined, several events per look. Chunks no listener still has to read are garbage.
 */
final class EventLog {

    static final int CHUNK_SIZE = 256;

    /** A run of events; the first {@link #published()} slots are readable by any thread. */
    static final class Chunk {
        private final long firstSequence;
        private final CallbenchEvent[] events = new CallbenchEvent[CHUNK_SIZE];
        // volatile, not a lazy store: the publisher must see a parked delivery thread after publishing (no lost wake-up)
        private volatile int published;
        private volatile Chunk next;

        private Chunk(long firstSequence) {
            this.firstSequence = firstSequence;
        }

        int published() {
            return published;
        }

        /** The next chunk, once this one is full and another event came. */
        Chunk next() {
            return next;
        }

        CallbenchEvent event(int index) {
            return events[index];
        }

        /** The log's sequence number of the event at this index. */
        long sequenceOf(int index) {
            return firstSequence + index;
        }
    }

    private Chunk tail = new Chunk(0);

    /** The chunk being filled: a listener that joins now starts at its {@link Chunk#published()} end. */
    Chunk tail() {
        return tail;
    }

    /** Called under the publish lock. */
    void append(CallbenchEvent event) {
        Chunk chunk = tail;
        int slot = chunk.published;
        if (slot == CHUNK_SIZE) {
            Chunk fresh = new Chunk(chunk.firstSequence + CHUNK_SIZE);
            chunk.next = fresh;
            tail = chunk = fresh;
            slot = 0;
        }
        chunk.events[slot] = event;
        chunk.published = slot + 1;
    }
}
