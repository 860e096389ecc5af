package dev.callbench.json.internal;

import java.lang.reflect.Type;
import java.util.Objects;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.Strictness;

/**
 * Writes the API's records and events as JSON and reads them back, with Gson. Times are ISO-8601 strings
 * ({@code 2024-04-25T16:01:00Z}), durations ISO-8601 durations ({@code PT1.5S}), enums their constant names.
 * Reading is strict: malformed JSON, an unknown enum constant or a missing required field gives a
 * {@link ModelJsonException} that says what is wrong and where. Instances are thread-safe.
 *
 * <pre>{@code
 * ModelJson json = new ModelJson();
 * String text = json.write(event);
 * ContactEvent back = json.read(text, ContactEvent.class);
 * }</pre>
 */
public final class ModelJson {

    private final Gson gson;

    /** A mapper for the API's types. */
    public ModelJson() {
        gson = new GsonBuilder()
                .registerTypeAdapterFactory(new StrictEnumAdapterFactory())
                .registerTypeAdapterFactory(new JavaTimeAdapterFactory())
                .registerTypeAdapterFactory(new AgentEventAdapterFactory())
                .setStrictness(Strictness.STRICT)
                .disableHtmlEscaping()
                .create();
    }

    /** The JSON text of a record of the API. */
    public String write(Object value) {
        return gson.toJson(Objects.requireNonNull(value, "value"));
    }

    /**
     * The value of the given type read from JSON text.
     *
     * @throws ModelJsonException if the text is not valid JSON for that type
     */
    public <T> T read(String json, Class<T> type) {
        return type.cast(read(json, (Type) type));
    }

    /**
     * The value of the given type (a generic one, too) read from JSON text.
     *
     * @throws ModelJsonException if the text is not valid JSON for that type
     */
    public Object read(String json, Type type) {
        Objects.requireNonNull(json, "json");
        Object value;
        try {
            value = gson.fromJson(json, type);
        } catch (RuntimeException e) {
            throw ModelJsonException.explain(type, e);
        }
        if (value == null) {
            throw new ModelJsonException(ModelJsonException.describe(type) + ": the text is empty or null", null);
        }
        return value;
    }

    static JsonParseException unknownConstant(Class<?> enumType, String name, String path) {
        return new JsonParseException(
                "unknown " + enumType.getSimpleName() + " '" + name + "' at " + path);
    }
}
