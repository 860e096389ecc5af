package dev.callbench.cti.internal.wire;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * Typed reads of CTI JSON fields with the AWS JSON rules: null and absent are the same, timestamps are
 * epoch seconds (fraction allowed), a digits-only string or an ISO-8601 string. A wrong field throws
 * {@link MalformedSnapshotException} naming its path.
 */
public final class WireValues {

    private WireValues() {
    }

    public static JsonObject object(JsonObject parent, String name, String path) throws MalformedSnapshotException {
        JsonElement value = present(parent, name, path);
        if (!value.isJsonObject()) {
            throw wrong(path, name, "an object");
        }
        return value.getAsJsonObject();
    }

    public static JsonObject optionalObject(JsonObject parent, String name, String path)
            throws MalformedSnapshotException {
        return isAbsent(parent, name) ? null : object(parent, name, path);
    }

    public static JsonArray array(JsonObject parent, String name, String path) throws MalformedSnapshotException {
        JsonElement value = present(parent, name, path);
        if (!value.isJsonArray()) {
            throw wrong(path, name, "a list");
        }
        return value.getAsJsonArray();
    }

    public static JsonObject item(JsonArray array, int index, String path) throws MalformedSnapshotException {
        JsonElement value = array.get(index);
        if (value == null || !value.isJsonObject()) {
            throw new MalformedSnapshotException(path + "[" + index + "] is not an object");
        }
        return value.getAsJsonObject();
    }

    public static String text(JsonObject parent, String name, String path) throws MalformedSnapshotException {
        JsonElement value = present(parent, name, path);
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isString()) {
            throw wrong(path, name, "a string");
        }
        return value.getAsString();
    }

    public static String optionalText(JsonObject parent, String name, String path)
            throws MalformedSnapshotException {
        return isAbsent(parent, name) ? null : text(parent, name, path);
    }


    public static boolean flag(JsonObject parent, String name, String path) throws MalformedSnapshotException {
        JsonElement value = present(parent, name, path);
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isBoolean()) {
            throw wrong(path, name, "true or false");
        }
        return value.getAsBoolean();
    }

    public static boolean optionalFlag(JsonObject parent, String name, String path)
            throws MalformedSnapshotException {
        return !isAbsent(parent, name) && flag(parent, name, path);
    }

    /** A number, or null when absent. */
    public static Double optionalNumber(JsonObject parent, String name, String path) throws MalformedSnapshotException {
        if (isAbsent(parent, name)) {
            return null;
        }
        JsonElement value = parent.get(name);
        if (!value.isJsonPrimitive() || !value.getAsJsonPrimitive().isNumber()) {
            throw wrong(path, name, "a number");
        }
        return value.getAsDouble();
    }

    public static Instant timestamp(JsonObject parent, String name, String path) throws MalformedSnapshotException {
        JsonElement value = present(parent, name, path);
        Instant instant = value.isJsonPrimitive() ? toInstant(value.getAsJsonPrimitive()) : null;
        if (instant == null) {
            throw wrong(path, name, "a timestamp (epoch seconds)");
        }
        return instant;
    }

    public static Instant optionalTimestamp(JsonObject parent, String name, String path)
            throws MalformedSnapshotException {
        return isAbsent(parent, name) ? null : timestamp(parent, name, path);
    }

    public static boolean isAbsent(JsonObject parent, String name) {
        JsonElement value = parent.get(name);
        return value == null || value.isJsonNull();
    }

    private static Instant toInstant(JsonPrimitive value) {
        try {
            if (value.isNumber() || value.getAsString().matches("\\d+(\\.\\d+)?")) {
                return fromSeconds(new BigDecimal(value.getAsString()));
            }
            if (value.isString() && value.getAsString().matches("\\d{4}-.*")) {
                return OffsetDateTime.parse(value.getAsString()).toInstant();
            }
        } catch (NumberFormatException | DateTimeParseException | ArithmeticException e) {
            return null;
        }
        return null;
    }

    private static Instant fromSeconds(BigDecimal seconds) {
        if (seconds.signum() < 0 || seconds.compareTo(BigDecimal.valueOf(Instant.MAX.getEpochSecond())) > 0) {
            return null;
        }
        BigDecimal nanos = seconds.remainder(BigDecimal.ONE).movePointRight(9);
        return Instant.ofEpochSecond(seconds.longValue(), nanos.longValue());
    }

    private static JsonElement present(JsonObject parent, String name, String path)
            throws MalformedSnapshotException {
        JsonElement value = parent.get(name);
        if (value == null || value.isJsonNull()) {
            throw new MalformedSnapshotException(path + "." + name + " is missing");
        }
        return value;
    }

    private static MalformedSnapshotException wrong(String path, String name, String expected) {
        return new MalformedSnapshotException(path + "." + name + " is not " + expected);
    }
}
