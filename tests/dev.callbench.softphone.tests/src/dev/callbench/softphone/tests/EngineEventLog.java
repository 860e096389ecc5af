package dev.callbench.softphone.tests;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import com.google.gson.JsonObject;

import dev.callbench.softphone.internal.engine.EngineEventListener;
import dev.callbench.tests.support.Wait;

/** Every event a media engine sent, for a test to wait on. */
final class EngineEventLog implements EngineEventListener {

    private record EngineEvent(String name, JsonObject fields) {
    }

    private final List<EngineEvent> events = new ArrayList<>();

    @Override
    public synchronized void event(String name, JsonObject fields) {
        events.add(new EngineEvent(name, fields));
    }

    /** The first event of that name whose fields match after the first {@code from} events, waiting for it. */
    JsonObject await(int from, String name, Predicate<JsonObject> wanted, String what) {
        return Wait.forValue(what, () -> first(from, name, wanted), AgentDesk.WAIT);
    }

    private synchronized Optional<JsonObject> first(int from, String name, Predicate<JsonObject> wanted) {
        return events.stream().skip(from).filter(e -> e.name().equals(name)).map(EngineEvent::fields).filter(wanted)
                .findFirst();
    }

    /** The events about one contact so far, for a failure to show. */
    synchronized String of(String contactId) {
        return events.stream().filter(e -> e.fields().has("contactId")
                && contactId.equals(e.fields().get("contactId").getAsString())).map(e -> e.name() + " " + e.fields())
                .toList().toString();
    }

    synchronized int count() {
        return events.size();
    }
}
