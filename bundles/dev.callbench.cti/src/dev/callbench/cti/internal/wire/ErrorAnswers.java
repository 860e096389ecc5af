package dev.callbench.cti.internal.wire;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

import dev.callbench.cti.internal.wire.CtiCallException.Kind;

/** Reads a CTI error answer: a non-2xx status with {@code {"__type": ..., "message": ...}}. */
final class ErrorAnswers {

    private ErrorAnswers() {
    }

    static CtiCallException from(String operation, int status, String body) {
        JsonObject error = readObject(body);
        String type = text(error, "__type");
        String message = text(error, "message");
        String detail = operation + " failed with HTTP " + status + (type == null ? "" : " " + type)
                + (message == null ? "" : ": " + message);
        return new CtiCallException(kind(status, type), type, detail, null);
    }

    private static Kind kind(int status, String type) {
        String name = type == null ? "" : type.substring(type.lastIndexOf('#') + 1);
        if (status == 401 || name.equals("UnauthorizedException")) {
            return Kind.UNAUTHORIZED;
        }
        if (status == 403 || name.equals("AccessDeniedException")) {
            return Kind.ACCESS_DENIED;
        }
        if (status == 404 || name.equals("ResourceNotFoundException")) {
            return Kind.NOT_FOUND;
        }
        return status >= 500 ? Kind.SERVER_ERROR : Kind.REJECTED;
    }

    private static JsonObject readObject(String body) {
        try {
            JsonElement element = JsonParser.parseString(body == null ? "" : body);
            return element.isJsonObject() ? element.getAsJsonObject() : new JsonObject();
        } catch (RuntimeException e) {
            return new JsonObject();
        }
    }

    private static String text(JsonObject object, String name) {
        JsonElement value = object.get(name);
        return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
    }
}
