package dev.callbench.json.internal;

import java.io.IOException;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;

import dev.callbench.api.event.AgentEvent;

/**
 * {@link AgentEvent} is a sealed interface with a record per kind of detail: each record's JSON is its components
 * and its {@code type}, always written, and reading an {@code AgentEvent} picks the record by that type.
 */
final class AgentEventAdapterFactory implements TypeAdapterFactory {

    private static final String TYPE = "type";

    @Override
    @SuppressWarnings("unchecked")
    public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> token) {
        Class<? super T> raw = token.getRawType();
        if (raw == AgentEvent.class) {
            return (TypeAdapter<T>) new AnyAgentEvent(gson);
        }
        if (AgentEvent.class.isAssignableFrom(raw)) {
            return (TypeAdapter<T>) new OneRecord<>(gson, (TypeAdapter<AgentEvent>) gson.getDelegateAdapter(this, token));
        }
        return null;
    }

    /** One of the records: Gson's own record adapter, with the type added to what it writes. */
    private static final class OneRecord<E extends AgentEvent> extends TypeAdapter<E> {
        private final Gson gson;
        private final TypeAdapter<E> record;

        OneRecord(Gson gson, TypeAdapter<E> record) {
            this.gson = gson;
            this.record = record;
        }

        @Override
        public void write(JsonWriter out, E event) throws IOException {
            if (event == null) {
                out.nullValue();
                return;
            }
            JsonObject json = record.toJsonTree(event).getAsJsonObject();
            json.addProperty(TYPE, event.type().name());
            gson.toJson(json, out);
        }

        @Override
        public E read(JsonReader in) throws IOException {
            return record.read(in);
        }
    }

    /** Any agent event: written as its record, read as the record its type names. */
    private static final class AnyAgentEvent extends TypeAdapter<AgentEvent> {
        private final Gson gson;

        AnyAgentEvent(Gson gson) {
            this.gson = gson;
        }

        @Override
        public void write(JsonWriter out, AgentEvent event) throws IOException {
            if (event == null) {
                out.nullValue();
            } else {
                gson.toJson(event, event.getClass(), out);
            }
        }

        @Override
        public AgentEvent read(JsonReader in) throws IOException {
            JsonElement json = JsonParser.parseReader(in);
            if (json.isJsonNull()) {
                return null;
            }
            JsonElement type = json.isJsonObject() ? json.getAsJsonObject().get(TYPE) : null;
            if (type == null || !type.isJsonPrimitive()) {
                throw new JsonParseException("an agent event needs its type at " + in.getPreviousPath());
            }
            return gson.fromJson(json, typeNamed(type.getAsString(), in).recordType());
        }

        private static AgentEvent.Type typeNamed(String name, JsonReader in) {
            try {
                return AgentEvent.Type.valueOf(name);
            } catch (IllegalArgumentException e) {
                throw ModelJson.unknownConstant(AgentEvent.Type.class, name, in.getPreviousPath());
            }
        }
    }
}
