package dev.callbench.softphone.engine.internal.channel;

import com.google.gson.JsonObject;

/** One line of the channel: a request, its reply, or an event. */
public sealed interface Message permits Message.Request, Message.Reply, Message.Event {

    /** {@code {"id":<n>,"op":"<name>", ...arguments}}: the workbench asks the engine. */
    record Request(long id, String op, JsonObject arguments) implements Message {
    }

    /**
     * {@code {"id":<n>,"ok":{...}}} or {@code {"id":<n>,"error":{"kind":"<kind>","message":"<text>"}}}: the engine
     * answers a request; exactly one of {@code ok} and {@code error} is there.
     */
    record Reply(long id, JsonObject ok, Failure error) implements Message {

        public static Reply ok(long id, JsonObject result) {
            return new Reply(id, result, null);
        }

        public static Reply error(long id, String kind, String message) {
            return new Reply(id, null, new Failure(kind, message));
        }

        public boolean succeeded() {
            return error == null;
        }
    }

    /** Why a request failed: a kind for code, a sentence for the log. */
    record Failure(String kind, String message) {
    }

    /** {@code {"event":"<name>", ...fields}}: the engine tells the workbench something nobody asked for. */
    record Event(String name, JsonObject fields) implements Message {
    }
}
