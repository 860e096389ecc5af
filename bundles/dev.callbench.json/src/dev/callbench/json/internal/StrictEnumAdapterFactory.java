package dev.callbench.json.internal;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;

/** Enums by constant name; an unknown name is an error (Gson alone would read it as {@code null}). */
final class StrictEnumAdapterFactory implements TypeAdapterFactory {

    @Override
    @SuppressWarnings({ "unchecked", "rawtypes" })
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
        Class<? super T> raw = type.getRawType();
        if (!Enum.class.isAssignableFrom(raw) || raw == Enum.class) {
            return null;
        }
        Class<?> enumType = raw.isEnum() ? raw : raw.getSuperclass();
        return (TypeAdapter<T>) new StrictEnumAdapter(enumType);
    }

    private static final class StrictEnumAdapter<E extends Enum<E>> extends TypeAdapter<E> {

        private final Class<E> type;
        private final Map<String, E> byName = new HashMap<>();

        StrictEnumAdapter(Class<E> type) {
            this.type = type;
            for (E constant : type.getEnumConstants()) {
                byName.put(constant.name(), constant);
            }
        }

        @Override
        public void write(JsonWriter out, E value) throws IOException {
            if (value == null) {
                out.nullValue();
            } else {
                out.value(value.name());
            }
        }

        @Override
        public E read(JsonReader in) throws IOException {
            if (in.peek() == JsonToken.NULL) {
                in.nextNull();
                return null;
            }
            String path = in.getPath();
            String name = in.nextString();
            E constant = byName.get(name);
            if (constant == null) {
                throw ModelJson.unknownConstant(type, name, path);
            }
            return constant;
        }
    }
}
