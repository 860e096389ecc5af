package dev.callbench.server.internal.http;

import java.util.function.Consumer;

import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

import dev.callbench.server.internal.Messages;
import dev.callbench.server.internal.admin.AdminService;
import dev.callbench.server.internal.push.PushChannel;
import dev.callbench.server.internal.wire.AuthEndpoints;
import dev.callbench.server.internal.wire.CtiService;
import dev.callbench.server.internal.wire.ErrorType;
import dev.callbench.server.internal.wire.Reply;

/**
 * Every HTTP request comes in here: /api (the CTI service), /auth/* (sign-in), /admin/* (tests and demos),
 * /softphone/signaling (the softphones' WebSocket), /agent/websocket (the agent's push channel), after
 * the {@link Gate} has let it in. Nothing blocks waiting: a long poll returns at once and is answered later from the
 * contact center.
 */
final class FrontDoor extends Handler.Abstract {

    private static final String CALLS = "/admin/calls";
    private static final String MEDIA = "/media";
    private static final String CRASH = "/crash";
    private static final String SIGNALING = "/softphone/signaling";

    private final CtiService cti;
    private final AuthEndpoints auth;
    private final AdminService admin;
    private final WebSockets webSockets;
    private final Cors cors;
    private final Gate gate;
    private final int maxBodyBytes;

    FrontDoor(CtiService cti, AuthEndpoints auth, AdminService admin, WebSockets webSockets, Cors cors, Gate gate,
            int maxBodyBytes) {
        this.cti = cti;
        this.auth = auth;
        this.admin = admin;
        this.webSockets = webSockets;
        this.cors = cors;
        this.gate = gate;
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Exchange exchange = new Exchange(request, response, callback, cors);
        String path = Request.getPathInContext(request);
        String method = request.getMethod();
        String host = exchange.header("Host");
        if (!gate.isForThisServer(host)) {
            exchange.refuse(Reply.error(ErrorType.ACCESS_DENIED, Messages.format("error.hostDenied")));
        } else if (!"OPTIONS".equals(method)
                && !gate.admitsOrigin(exchange.header("Origin"), host, path.startsWith("/admin/"))) {
            exchange.refuse(Reply.error(ErrorType.ACCESS_DENIED, Messages.format("error.originDenied")));
        } else if ("OPTIONS".equals(method)) {
            exchange.preflight();
        } else if ("/api".equals(path) || "/connect/api".equals(path)) {
            post(method, exchange, body -> cti.handle(exchange.header("X-Amz-Target"), exchange.header("X-Amz-Bearer"),
                    exchange.sessionCookie(), body, exchange::reply));
        } else if (path.startsWith("/auth/")) {
            auth(path, method, exchange);
        } else if (path.startsWith("/admin/")) {
            admin(path, method, exchange);
        } else if (SIGNALING.equals(path)) {
            upgraded(webSockets.upgradeToSignaling(request, response, callback), exchange);
        } else if (PushChannel.PATH.equals(path)) {
            if (!webSockets.admitsPush(request)) {
                exchange.reply(Reply.error(ErrorType.UNAUTHORIZED, Messages.format("error.unknownTransport")));
            } else {
                upgraded(webSockets.upgradeToPush(request, response, callback), exchange);
            }
        } else {
            exchange.reply(Reply.error(ErrorType.NOT_FOUND, Messages.format("error.notFound")));
        }
        return true;
    }

    private static void upgraded(boolean upgraded, Exchange exchange) {
        if (!upgraded) {
            exchange.reply(Reply.error(ErrorType.INVALID_PARAMETER, Messages.format("error.notAWebSocket")));
        }
    }

    private void auth(String path, String method, Exchange exchange) {
        switch (path) {
            case "/auth/signin" -> post(method, exchange, body -> exchange.reply(auth.signIn(body)));
            case "/auth/authorize" -> exchange.reply(auth.authorize(exchange.sessionCookie()));
            case "/auth/signout" -> post(method, exchange, body -> exchange.reply(auth.signOut(exchange.sessionCookie())));
            default -> exchange.reply(Reply.error(ErrorType.NOT_FOUND, Messages.format("error.notFound")));
        }
    }

    private void admin(String path, String method, Exchange exchange) {
        if (!admin.allows(exchange.header("X-Callbench-Admin-Key"))) {
            exchange.reply(Reply.error(ErrorType.ACCESS_DENIED, Messages.format("error.adminDenied")));
        } else if (path.equals("/admin/health")) {
            exchange.reply(admin.health());
        } else if (path.equals("/admin/agents")) {
            exchange.reply(admin.agents());
        } else if (path.equals("/admin/contact/monitor")) {
            post(method, exchange, body -> exchange.reply(admin.monitor(body)));
        } else if (path.equals(CALLS)) {
            post(method, exchange, body -> exchange.reply(admin.placeCall(body)));
        } else if (path.startsWith(CALLS + "/") && path.endsWith("/hangup")) {
            String contactId = path.substring(CALLS.length() + 1, path.length() - "/hangup".length());
            post(method, exchange, body -> exchange.reply(admin.hangUp(contactId)));
        } else if (path.startsWith(CALLS + "/") && path.endsWith(MEDIA + CRASH)) {
            String contactId = path.substring(CALLS.length() + 1, path.length() - (MEDIA + CRASH).length());
            post(method, exchange, body -> exchange.reply(admin.crashMedia(contactId)));
        } else if (path.startsWith(CALLS + "/") && path.endsWith(MEDIA)) {
            exchange.reply(admin.media(path.substring(CALLS.length() + 1, path.length() - MEDIA.length())));
        } else {
            exchange.reply(Reply.error(ErrorType.NOT_FOUND, Messages.format("error.notFound")));
        }
    }

    private void post(String method, Exchange exchange, Consumer<String> withBody) {
        if (!"POST".equals(method)) {
            exchange.reply(Reply.error(ErrorType.METHOD_NOT_ALLOWED, Messages.format("error.methodNotAllowed")));
            return;
        }
        exchange.readBody(maxBodyBytes, withBody);
    }
}
