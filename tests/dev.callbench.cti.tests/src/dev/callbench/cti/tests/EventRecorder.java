package dev.callbench.cti.tests;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;

import dev.callbench.api.event.AgentEvent;
import dev.callbench.api.event.CallbenchEvent;
import dev.callbench.api.event.ContactEvent;

/** Keeps every event a listener got, in order, and lets a test wait for one (with a time limit). */
final class EventRecorder implements Consumer<CallbenchEvent> {

    private final List<CallbenchEvent> events = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();

    @Override
    public synchronized void accept(CallbenchEvent event) {
        events.add(event);
        notifyAll();
    }

    synchronized void problem(String sentence) {
        problems.add(sentence);
        notifyAll();
    }

    synchronized List<CallbenchEvent> events() {
        return List.copyOf(events);
    }

    synchronized List<String> problems() {
        return List.copyOf(problems);
    }

    /** Waits until an event after the first {@code from} ones matches; fails after {@code limit}. */
    synchronized CallbenchEvent await(int from, Predicate<CallbenchEvent> wanted, Duration limit, String what)
            throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (true) {
            for (int i = from; i < events.size(); i++) {
                if (wanted.test(events.get(i))) {
                    return events.get(i);
                }
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no " + what + " within " + limit + "; got " + names(from));
            }
            wait(Math.max(1, left / 1_000_000));
        }
    }

    /** Waits until a problem sentence was reported. */
    synchronized String awaitProblem(int from, Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        while (problems.size() <= from) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new AssertionError("no problem reported within " + limit);
            }
            wait(Math.max(1, left / 1_000_000));
        }
        return problems.get(from);
    }

    synchronized int size() {
        return events.size();
    }

    /** The events from index {@code from} as Streams would name them ({@code agent::state_change} ...). */
    synchronized List<String> names(int from) {
        return events.subList(from, events.size()).stream().map(EventRecorder::name).toList();
    }

    static String name(CallbenchEvent event) {
        return switch (event) {
            case AgentEvent agent -> "agent::" + agent.type().name().toLowerCase();
            case ContactEvent contact -> "contact::" + contact.type().name().toLowerCase();
        };
    }

    static Predicate<CallbenchEvent> agent(AgentEvent.Type type) {
        return event -> event instanceof AgentEvent agent && agent.type() == type;
    }

    static Predicate<CallbenchEvent> contact(ContactEvent.Type type, String contactId) {
        return event -> event instanceof ContactEvent contact && contact.type() == type
                && contact.contactId().equals(contactId);
    }

    static Predicate<CallbenchEvent> stateBecomes(String stateName) {
        return event -> event instanceof AgentEvent agent && agent.type() == AgentEvent.Type.STATE_CHANGE
                && agent.newState().name().equals(stateName);
    }
}
