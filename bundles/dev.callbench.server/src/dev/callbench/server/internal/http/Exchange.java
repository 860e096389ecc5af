package dev.callbench.server.internal.http;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.eclipse.jetty.http.HttpCookie;
import org.eclipse.jetty.http.HttpException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.Invocable.InvocationType;

import dev.callbench.server.internal.Messages;
import dev.callbench.server.internal.wire.AuthEndpoints;
import dev.callbench.server.internal.wire.ErrorType;
import dev.callbench.server.internal.wire.Reply;

/** One HTTP request and its answer: reads the bounded body, writes a JSON reply once. */
final class Exchange {

    static final String JSON_TYPE = "application/x-amz-json-1.0";

    private final Request request;
    private final Response response;
    private final Callback callback;
    private final Cors cors;
    private final AtomicBoolean answered = new AtomicBoolean();

    Exchange(Request request, Response response, Callback callback, Cors cors) {
        this.request = request;
        this.response = response;
        this.callback = callback;
        this.cors = cors;
    }

    String header(String name) {
        return request.getHeaders().get(name);
    }

    String sessionCookie() {
        return Request.getCookies(request).stream().filter(c -> AuthEndpoints.SESSION_COOKIE.equals(c.getName()))
                .map(HttpCookie::getValue).filter(v -> !v.isEmpty()).findFirst().orElse(null);
    }

    /**
     * Reads the body as UTF-8 text, refusing one larger than maxBytes before or while reading it, and one whose framing
     * is malformed (a bad chunk) as unreadable.
     */
    void readBody(int maxBytes, Consumer<String> then) {
        if (request.getLength() > maxBytes) {
            tooLarge(maxBytes);
            return;
        }
        Content.Source.asByteArrayAsync(request, maxBytes, Promise.Invocable.from(InvocationType.BLOCKING,
                bytes -> then.accept(new String(bytes, StandardCharsets.UTF_8)), failure -> unreadable(failure, maxBytes)));
    }

    private void unreadable(Throwable failure, int maxBytes) {
        if (failure instanceof HttpException http && http.getCode() == HttpStatus.BAD_REQUEST_400) {
            reply(Reply.error(ErrorType.SERIALIZATION, Messages.format("error.unreadableRequest")));
        } else {
            tooLarge(maxBytes);
        }
    }

    private void tooLarge(int maxBytes) {
        reply(Reply.error(ErrorType.TOO_LARGE, Messages.format("error.bodyTooLarge", maxBytes)));
    }

    void reply(Reply reply) {
        write(reply, true);
    }

    /** Answers a request the front door refuses: with no CORS grant, whatever its origin. */
    void refuse(Reply reply) {
        write(reply, false);
    }

    private void write(Reply reply, boolean withGrant) {
        if (!answered.compareAndSet(false, true)) {
            return;
        }
        response.setStatus(reply.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON_TYPE);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        if (reply.setCookie() != null) {
            response.getHeaders().add(HttpHeader.SET_COOKIE, reply.setCookie());
        }
        if (withGrant) {
            cors.decorate(header("Origin"), response.getHeaders());
        }
        response.write(true, ByteBuffer.wrap(reply.json().getBytes(StandardCharsets.UTF_8)), callback);
    }

    void preflight() {
        answered.set(true);
        String origin = header("Origin");
        response.setStatus(cors.allows(origin) ? 204 : 403);
        cors.decoratePreflight(origin, response.getHeaders());
        callback.succeeded();
    }
}
