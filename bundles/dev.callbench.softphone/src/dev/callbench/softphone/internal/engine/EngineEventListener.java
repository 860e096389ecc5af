package dev.callbench.softphone.internal.engine;

import com.google.gson.JsonObject;

/** Learns the events a media engine sends: {@code {"event":"<name>", ...fields}}. */
@FunctionalInterface
public interface EngineEventListener {

    void event(String name, JsonObject fields);
}
