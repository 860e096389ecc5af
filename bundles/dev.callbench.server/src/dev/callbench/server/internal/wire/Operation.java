package dev.callbench.server.internal.wire;

import com.google.gson.JsonObject;

/** One CTI operation, called for a signed-in agent; returns the response body. */
@FunctionalInterface
interface Operation {

    JsonObject call(String login, JsonInput input);
}
