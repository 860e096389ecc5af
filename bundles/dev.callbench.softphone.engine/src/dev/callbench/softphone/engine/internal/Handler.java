package dev.callbench.softphone.engine.internal;

import com.google.gson.JsonObject;

/** Answers one operation at once, on the engine's operation thread, in the order requests came. */
@FunctionalInterface
public interface Handler {

    /**
     * The reply's {@code ok} object.
     *
     * @throws OperationException to answer with an error of a chosen kind; any other exception answers {@code failed}
     */
    JsonObject handle(JsonObject arguments) throws Exception;
}
