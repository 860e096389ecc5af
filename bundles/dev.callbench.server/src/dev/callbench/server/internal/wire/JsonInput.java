package dev.callbench.server.internal.wire;

import java.io.IOException;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.IntStream;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;

import dev.callbench.server.internal.Messages;

/**
 * A request body, read strictly, with typed access to its fields. A missing required field or a field of the wrong
 * type is refused with InvalidParameterException; JSON null counts as absent, as in the AWS SDK.
 */
public final class JsonInput {

    private static final int NESTING_LIMIT = 32;

    private final JsonObject object;
    private final String path;

    private JsonInput(JsonObject object, String path) {
        this.object = object;
        this.path = path;
    }

    public static JsonInput parse(String text) {
        JsonElement element;
        try {
            JsonReader reader = new JsonReader(new StringReader(text.isBlank() ? "{}" : text));
            reader.setStrictness(Strictness.STRICT);
            reader.setNestingLimit(NESTING_LIMIT);
            element = StrictJsonTree.read(reader);
            if (reader.peek() != JsonToken.END_DOCUMENT) {
                throw new JsonParseException("trailing content");
            }
        } catch (JsonParseException | IOException | StackOverflowError | IllegalStateException e) {
            throw new CtiException(ErrorType.SERIALIZATION, Messages.format("error.malformedJson"));
        }
        if (!element.isJsonObject()) {
            throw new CtiException(ErrorType.SERIALIZATION, Messages.format("error.notAnObject"));
        }
        return new JsonInput(element.getAsJsonObject(), "");
    }

    public String string(String name) {
        String value = optionalString(name);
        return value != null ? value : missing(name);
    }

    public String optionalString(String name) {
        JsonElement e = field(name);
        return e == null ? null : primitive(name, e, JsonPrimitive::isString, "type.string").getAsString();
    }

    public Long optionalLong(String name) {
        JsonElement e = field(name);
        if (e == null) {
            return null;
        }
        JsonPrimitive p = primitive(name, e, JsonPrimitive::isNumber, "type.number");
        try {
            return p.getAsBigDecimal().longValueExact();
        } catch (ArithmeticException | NumberFormatException tooBigOrFractional) {
            throw wrongType(name, "type.number");
        }
    }

    /** An array of whole numbers, or null when absent. */
    public List<Long> optionalLongList(String name) {
        if (field(name) == null) {
            return null;
        }
        return array(name).stream().map(e -> {
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
                throw wrongType(name, "type.numberArray");
            }
            try {
                return e.getAsBigDecimal().longValueExact();
            } catch (ArithmeticException | NumberFormatException tooBigOrFractional) {
                throw wrongType(name, "type.numberArray");
            }
        }).toList();
    }

    public boolean bool(String name) {
        return field(name) != null ? optionalBoolean(name) : missing(name);
    }

    public boolean optionalBoolean(String name) {
        JsonElement e = field(name);
        return e != null && primitive(name, e, JsonPrimitive::isBoolean, "type.boolean").getAsBoolean();
    }

    public JsonInput object(String name) {
        JsonInput value = optionalObject(name);
        return value != null ? value : missing(name);
    }

    public JsonInput optionalObject(String name) {
        JsonElement e = field(name);
        if (e == null) {
            return null;
        }
        if (!e.isJsonObject()) {
            throw wrongType(name, "type.object");
        }
        return new JsonInput(e.getAsJsonObject(), qualified(name) + ".");
    }

    public List<JsonElement> array(String name) {
        JsonElement e = field(name);
        if (e == null) {
            return missing(name);
        }
        if (!e.isJsonArray()) {
            throw wrongType(name, "type.array");
        }
        JsonArray array = e.getAsJsonArray();
        return array.asList();
    }

    /** A list of strings; empty when the member is absent. */
    public List<String> optionalStringList(String name) {
        return field(name) == null ? List.of() : stringList(name);
    }

    public List<String> stringList(String name) {
        return array(name).stream().map(e -> {
            if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
                throw wrongType(name, "type.array");
            }
            return e.getAsString();
        }).toList();
    }

    /** An array of strings, or null when absent. */
    public List<String> optionalStringList(String name) {
        return field(name) == null ? null : stringList(name);
    }

    /** An array of objects, e.g. ICE candidates. */
    public List<JsonInput> objectList(String name) {
        List<JsonElement> elements = array(name);
        return IntStream.range(0, elements.size()).mapToObj(i -> {
            JsonElement e = elements.get(i);
            if (!e.isJsonObject()) {
                throw wrongType(name, "type.array");
            }
            return new JsonInput(e.getAsJsonObject(), qualified(name) + "[" + i + "].");
        }).toList();
    }

    /** An object of string values, e.g. contact attributes. */
    public Map<String, String> stringMap(String name) {
        JsonInput map = object(name);
        Map<String, String> values = new LinkedHashMap<>();
        for (String key : map.object.keySet()) {
            values.put(key, map.string(key));
        }
        return values;
    }

    private JsonElement field(String name) {
        JsonElement e = object.get(name);
        return e == null || e.isJsonNull() ? null : e;
    }

    private JsonPrimitive primitive(String name, JsonElement e, Predicate<JsonPrimitive> kind,
            String typeKey) {
        if (!e.isJsonPrimitive() || !kind.test(e.getAsJsonPrimitive())) {
            throw wrongType(name, typeKey);
        }
        return e.getAsJsonPrimitive();
    }

    private <T> T missing(String name) {
        throw new CtiException(ErrorType.INVALID_PARAMETER, Messages.format("error.missingField", qualified(name)));
    }

    private CtiException wrongType(String name, String typeKey) {
        return new CtiException(ErrorType.INVALID_PARAMETER,
                Messages.format("error.wrongType", qualified(name), Messages.format(typeKey)));
    }

    private String qualified(String name) {
        return path + name;
    }
}
