package dev.callbench.server.internal.wire;

import com.google.gson.JsonObject;

/** An HTTP answer with a JSON body, and a session cookie to set or clear (null: leave it). */
public record Reply(int status, String json, String setCookie) {

    public Reply(int status, String json) {
        this(status, json, null);
    }

    public static Reply ok(JsonObject body) {
        return new Reply(200, body.toString());
    }

    public Reply withCookie(String cookie) {
        return new Reply(status, json, cookie);
    }

    /** Never shows the body or the cookie: they may carry tokens. */
    @Override
    public String toString() {
        return "Reply[status=" + status + "]";
    }

    public static Reply error(ErrorType type, String message) {
        JsonObject body = new JsonObject();
        body.addProperty("__type", type.type());
        body.addProperty("message", message);
        return new Reply(type.status(), body.toString());
    }

    public static Reply error(CtiException e) {
        return error(e.type(), e.getMessage());
    }
}
