package dev.callbench.server.tests;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** An HTTP answer from the server: status and JSON body. */
record HttpAnswer(int status, String body) {

    JsonObject json() {
        JsonElement parsed = JsonParser.parseString(body);
        return parsed.getAsJsonObject();
    }

    String errorType() {
        return json().get("__type").getAsString();
    }

    @Override
    public String toString() {
        return status + " " + body;
    }
}
