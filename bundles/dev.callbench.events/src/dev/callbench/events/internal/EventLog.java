package dev.callbench.events.internal;

import dev.callbench.api.event.CallbenchEvent;

/**
 * The events in the order they were published, as a chain that only grows at its tail. Publishing appends once,
 * however many listeners there are; each listener walks the chain at its own pace from where it joined. Nodes no
 * listener still has to read are garbage.
 */
final class EventLog {

    static final class Node {
        final CallbenchEvent event;
        volatile Node next;

        Node(CallbenchEvent event) {
            this.event = event;
        }
    }

    private Node tail = new Node(null);

    /** The last event so far: a listener that joins now starts after it. Called under the publish lock. */
    Node tail() {
        return tail;
    }

    /** Called under the publish lock. */
    void append(CallbenchEvent event) {
        Node node = new Node(event);
        tail.next = node;
        tail = node;
    }
}
