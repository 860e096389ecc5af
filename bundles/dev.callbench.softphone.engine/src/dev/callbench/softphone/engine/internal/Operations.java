package dev.callbench.softphone.engine.internal;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** The operations the engine answers, by name; modules add theirs before the engine reads its first request. */
public final class Operations {

    private final Map<String, AsyncHandler> handlers = new ConcurrentHashMap<>();

    public void register(String op, Handler handler) {
        registerAsync(op, arguments -> CompletableFuture.completedFuture(handler.handle(arguments)));
    }

    public void registerAsync(String op, AsyncHandler handler) {
        if (handlers.putIfAbsent(op, handler) != null) {
            throw new IllegalStateException("the operation " + op + " is registered already");
        }
    }

    Optional<AsyncHandler> find(String op) {
        return Optional.ofNullable(handlers.get(op));
    }
}
