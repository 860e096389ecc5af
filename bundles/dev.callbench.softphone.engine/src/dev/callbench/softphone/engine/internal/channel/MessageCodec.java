package dev.callbench.softphone.engine.internal.channel;

import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

/** A {@link Message} to and from its line: strict JSON, one object, no newline. */
public final class MessageCodec {

    private static final Pattern COLUMN = Pattern.compile("line \\d+ column (\\d+)");
    private static final Gson GSON = new GsonBuilder().disableHtmlEscaping().create();

    private MessageCodec() {
    }

    public static String write(Message message) {
        JsonObject json = new JsonObject();
        switch (message) {
            case Message.Request request -> {
                json.addProperty("id", request.id());
                json.addProperty("op", request.op());
                copy(request.arguments(), json);
            }
            case Message.Reply reply -> {
                json.addProperty("id", reply.id());
                if (reply.succeeded()) {
                    json.add("ok", reply.ok() == null ? new JsonObject() : reply.ok());
                } else {
                    JsonObject error = new JsonObject();
                    error.addProperty("kind", reply.error().kind());
                    error.addProperty("message", reply.error().message());
                    json.add("error", error);
                }
            }
            case Message.Event event -> {
                json.addProperty("event", event.name());
                copy(event.fields(), json);
            }
        }
        return GSON.toJson(json);
    }

    public static Message read(String line) throws ChannelException {
        JsonObject json = parseObject(line);
        if (json.has("op")) {
            return new Message.Request(id(json), string(json, "op"), without(json, "id", "op"));
        }
        if (json.has("event")) {
            return new Message.Event(string(json, "event"), without(json, "event"));
        }
        if (json.has("ok") == json.has("error")) {
            throw bad("A message has neither \"op\", \"event\", nor exactly one of \"ok\" and \"error\".");
        }
        long id = id(json);
        if (json.has("ok")) {
            return Message.Reply.ok(id, object(json, "ok"));
        }
        JsonObject error = object(json, "error");
        return Message.Reply.error(id, string(error, "kind"), string(error, "message"));
    }

    private static JsonObject parseObject(String line) throws ChannelException {
        JsonElement element;
        try {
            JsonReader reader = new JsonReader(new StringReader(line));
            reader.setStrictness(Strictness.STRICT);
            element = JsonParser.parseReader(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new ChannelException(ChannelException.NOT_JSON, "A line holds more than one JSON value.");
            }
        } catch (JsonParseException | IOException e) {
            throw new ChannelException(ChannelException.NOT_JSON, "A line is not JSON" + where(e) + ".");
        }
        if (!element.isJsonObject()) {
            throw new ChannelException(ChannelException.NOT_AN_OBJECT, "A line is JSON but not a JSON object.");
        }
        return element.getAsJsonObject();
    }

    /** Gson's "... at line 1 column 5 path $..." gives " (at column 5)"; its advice on leniency is for others. */
    private static String where(Exception e) {
        Matcher column = COLUMN.matcher(String.valueOf(e.getMessage()));
        return column.find() ? " (at column " + column.group(1) + ")" : "";
    }

    private static long id(JsonObject json) throws ChannelException {
        if (json.get("id") instanceof JsonPrimitive id && id.isNumber()) {
            try {
                return new BigDecimal(id.getAsString()).longValueExact();
            } catch (ArithmeticException | NumberFormatException notWhole) {
                // falls through to the error below
            }
        }
        throw bad("A message has no whole number \"id\".");
    }

    private static String string(JsonObject json, String member) throws ChannelException {
        if (json.get(member) instanceof JsonPrimitive value && value.isString()) {
            return value.getAsString();
        }
        throw bad("A message has no text \"" + member + "\".");
    }

    private static JsonObject object(JsonObject json, String member) throws ChannelException {
        if (json.get(member) instanceof JsonObject value) {
            return value;
        }
        throw bad("A message's \"" + member + "\" is not a JSON object.");
    }

    private static JsonObject without(JsonObject json, String... members) {
        JsonObject rest = json.deepCopy();
        for (String member : members) {
            rest.remove(member);
        }
        return rest;
    }

    private static void copy(JsonObject from, JsonObject to) {
        if (from != null) {
            for (Map.Entry<String, JsonElement> member : from.entrySet()) {
                if (!to.has(member.getKey())) {
                    to.add(member.getKey(), member.getValue());
                }
            }
        }
    }

    private static ChannelException bad(String sentence) {
        return new ChannelException(ChannelException.BAD_MESSAGE, sentence);
    }
}
