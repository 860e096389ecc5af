package dev.callbench.softphone.engine.internal;

import java.util.concurrent.CompletionStage;

import com.google.gson.JsonObject;

/**
 * Answers one operation later: for what waits on the network or on native callbacks. It is called on the engine's
 * operation thread and must return at once; the reply goes out when the stage completes, from whichever thread.
 */
@FunctionalInterface
public interface AsyncHandler {

    CompletionStage<JsonObject> handle(JsonObject arguments) throws Exception;
}
