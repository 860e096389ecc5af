package dev.callbench.json.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.function.Function;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/** {@link Instant}, {@link Duration} and {@link URI} as their standard text forms. */
final class JavaTimeAdapterFactory implements TypeAdapterFactory {

    private static final Map<Class<?>, Function<String, ?>> PARSERS = Map.of(
            Instant.class, Instant::parse,
            Duration.class, Duration::parse,
            URI.class, URI::create);

    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        Function<String, ?> parser = PARSERS.get(type.getRawType());
        return parser == null ? null : (TypeAdapter<T>) new TextAdapter<>(type.getRawType(), parser);
    }

    private static final class TextAdapter<V> extends TypeAdapter<V> {

        private final Class<?> type;
        private final Function<String, V> parser;

        TextAdapter(Class<?> type, Function<String, V> parser) {
            this.type = type;
            this.parser = parser;
        }

        @Override
        public void write(JsonWriter out, V value) throws IOException {
            if (value == null) {
                out.nullValue();
            } else {
                out.value(value.toString());
            }
        }

        @Override
        public V read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            String path = in.getPath();
            String text = in.nextString();
            try {
                return parser.apply(text);
            } catch (RuntimeException e) {
                throw new JsonParseException(
                        "'" + text + "' at " + path + " is not a valid " + type.getSimpleName(), e);
            }
        }
    }
}
