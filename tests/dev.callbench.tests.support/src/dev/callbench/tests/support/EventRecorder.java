package dev.callbench.tests.support;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.CallbenchEvent;
import dev.callbench.api.event.ContactEvent;
import dev.callbench.api.whiteboard.AgentListener;
import dev.callbench.api.whiteboard.ContactListener;

/**
 * A well-behaved listener that keeps every event it gets, in order, and the problem sentences told to the agent, and
 * lets a test wait for one with a time limit. Register it as both listeners with {@link #SERVICES}, or hand it to a
 * client as its event consumer.
 */
public final class EventRecorder implements AgentListener, ContactListener, Consumer<CallbenchEvent> {

    /** The whiteboard services to register a recorder as. */
    public static final String[] SERVICES = { AgentListener.class.getName(), ContactListener.class.getName() };

    private final List<CallbenchEvent> events = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    @Override
    public synchronized void accept(CallbenchEvent event) {
        events.add(event);
        notifyAll();
    }

    @Override
    public void onAgentEvent(AgentEvent event) {
        accept(event);
    }

    @Override
    public void onContactEvent(ContactEvent event) {
        accept(event);
    }

    public synchronized void problem(String sentence) {
        problems.add(sentence);
        notifyAll();
    }

    public synchronized List<CallbenchEvent> events() {
        return List.copyOf(events);
    }

    public synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    public synchronized int size() {
        return events.size();
    }

    /** Waits until an event after the first {@code from} ones matches; fails after {@code limit}. */
    public synchronized CallbenchEvent await(int from, Predicate<CallbenchEvent> wanted, Duration limit, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            for (int i = from; i < events.size(); i++) {
                if (wanted.test(events.get(i))) {
                    return events.get(i);
                }
            }
            waitUntil(deadline, () -> "no " + what + " within " + limit + "; got " + names(from));
        }
    }

    /** Waits until at least {@code count} events arrived and returns them all; fails after {@code limit}. */
    public synchronized List<CallbenchEvent> awaitCount(int count, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (events.size() < count) {
            waitUntil(deadline, () -> "expected " + count + " events within " + limit + ", got " + events.size());
        }
        return List.copyOf(events);
    }

    /** Waits until a problem sentence after the first {@code from} ones was reported, and returns it. */
    public synchronized String awaitProblem(int from, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (problems.size() <= from) {
            waitUntil(deadline, () -> "no problem reported within " + limit);
        }
        return problems.get(from);
    }

    /** The events from index {@code from} as Streams would name them ({@code agent::state_change} ...). */
    public synchronized List<String> names(int from) {
        return events.subList(from, events.size()).stream().map(EventRecorder::name).toList();
    }

    public static String name(CallbenchEvent event) {
        return switch (event) {
            case AgentEvent agent -> "agent::" + agent.type().name().toLowerCase();
            case ContactEvent contact -> "contact::" + contact.type().name().toLowerCase();
        };
    }

    public static Predicate<CallbenchEvent> agent(AgentEvent.Type type) {
        return event -> event instanceof AgentEvent agent && agent.type() == type;
    }

    public static Predicate<CallbenchEvent> contact(ContactEvent.Type type, String contactId) {
        return event -> event instanceof ContactEvent contact && contact.type() == type
                && contact.contactId().equals(contactId);
    }

    public static Predicate<CallbenchEvent> stateBecomes(String stateName) {
        return event -> event instanceof AgentEvent agent && agent.type() == AgentEvent.Type.STATE_CHANGE
                && agent.newState().name().equals(stateName);
    }

    /** Waits for the next event or problem, called with this recorder's lock held; fails once past the deadline. */
    private void waitUntil(long deadline, Supplier<String> failure) throws InterruptedException {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
            throw new AssertionError(failure.get());
        }
        wait(Math.max(1, left / 1_000_000));
    }
}
