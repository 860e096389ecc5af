package dev.callbench.events.tests;

import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.CallbenchEvent;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.api.whiteboard.AgentListener;
import dev.callbench.api.whiteboard.ContactListener;

/** A well-behaved listener that keeps what it receives, and lets a test wait until it has received enough. */
class Recorder implements AgentListener, ContactListener {

    private final List<CallbenchEvent> received = new ArrayList<>();

    @Override
    public synchronized void onAgentEvent(AgentEvent event) {
        received.add(event);
        notifyAll();
    }

    @Override
    public synchronized void onContactEvent(ContactEvent event) {
        received.add(event);
        notifyAll();
    }

    synchronized List<CallbenchEvent> received() {
        return List.copyOf(received);
    }

    /** Waits until at least {@code count} events arrived; fails the test after the timeout. */
    synchronized List<CallbenchEvent> awaitCount(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (received.size() < count) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                fail("expected " + count + " events within " + timeout + ", got " + received.size());
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return List.copyOf(received);
    }
}
