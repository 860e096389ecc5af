package dev.callbench.server.internal.wire;

import java.io.IOException;
import java.math.BigDecimal;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.stream.JsonReader;

/**
 * Reads one JSON value as Gson's tree, but refuses what Gson lets through and the contact center must not take:
 * a key given twice in one object (which value would count?) and text with a lone UTF-16 surrogate (it would become
 * {@code ?} on the way out, and two different keys could then look the same in a snapshot).
 */
final class StrictJsonTree {

    private StrictJsonTree() {
    }

    static JsonElement read(JsonReader in) throws IOException {
        return switch (in.peek()) {
            case BEGIN_OBJECT -> object(in);
            case BEGIN_ARRAY -> array(in);
            case STRING -> new JsonPrimitive(text(in.nextString()));
            case NUMBER -> new JsonPrimitive(number(in.nextString(), in));
            case BOOLEAN -> new JsonPrimitive(in.nextBoolean());
            case NULL -> {
                in.nextNull();
                yield JsonNull.INSTANCE;
            }
            default -> throw new JsonParseException("unexpected " + in.peek() + " at " + in.getPath());
        };
    }

    private static JsonObject object(JsonReader in) throws IOException {
        JsonObject object = new JsonObject();
        in.beginObject();
        while (in.hasNext()) {
            String name = text(in.nextName());
            if (object.has(name)) {
                throw new JsonParseException("the key " + name + " is given twice at " + in.getPath());
            }
            object.add(name, read(in));
        }
        in.endObject();
        return object;
    }

    private static JsonArray array(JsonReader in) throws IOException {
        JsonArray array = new JsonArray();
        in.beginArray();
        while (in.hasNext()) {
            array.add(read(in));
        }
        in.endArray();
        return array;
    }

    private static BigDecimal number(String text, JsonReader in) {
        try {
            return new BigDecimal(text);
        } catch (NumberFormatException beyondBigDecimal) { // an exponent past the int range
            throw new JsonParseException("a number out of range at " + in.getPath());
        }
    }

    private static String text(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < value.length()
                    && Character.isLowSurrogate(value.charAt(i + 1));
            if (pair) {
                i++;
            } else if (Character.isSurrogate(c)) {
                throw new JsonParseException("a lone UTF-16 surrogate in a string");
            }
        }
        return value;
    }
}
