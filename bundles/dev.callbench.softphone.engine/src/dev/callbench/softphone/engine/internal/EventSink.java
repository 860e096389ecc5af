package dev.callbench.softphone.engine.internal;

import com.google.gson.JsonObject;

/** Sends events to the workbench: {@code {"event":"<name>", ...fields}}. Any thread may emit. */
@FunctionalInterface
public interface EventSink {

    void emit(String event, JsonObject fields);
}
