package dev.callbench.server.internal.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;

import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import com.google.gson.JsonObject;

import dev.callbench.server.internal.Messages;
import dev.callbench.server.internal.wire.ErrorType;

/**
 * The answers Jetty itself gives (headers too large, a malformed request line, an unsupported HTTP version, a
 * failure outside every endpoint) in the protocol's shape, {@code {"__type", "message"}}, with their own status,
 * instead of Jetty's HTML page.
 */
final class ProtocolErrors implements Request.Handler {

    private static final int HTTP_VERSION_NOT_SUPPORTED = 505;

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        int status = response.getStatus();
        boolean ours = status >= 500 && status != HTTP_VERSION_NOT_SUPPORTED; // else the request was at fault
        ErrorType type = ours ? ErrorType.INTERNAL
                : status == ErrorType.TOO_LARGE.status() ? ErrorType.TOO_LARGE : ErrorType.SERIALIZATION;
        JsonObject body = new JsonObject();
        body.addProperty("__type", type.type());
        body.addProperty("message", Messages.format(ours ? "error.internal" : "error.unreadableRequest"));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, Exchange.JSON_TYPE);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(body.toString().getBytes(StandardCharsets.UTF_8)), callback);
        return true;
    }
}
