package dev.callbench.softphone.tests;

import java.util.concurrent.CompletableFuture;

import dev.callbench.softphone.engine.internal.EngineModule;
import dev.callbench.softphone.engine.internal.EventSink;
import dev.callbench.softphone.engine.internal.Operations;

/**
 * Operations only the tests' engines have (this bundle is on their class path, see META-INF/services): {@code hold}
 * never answers, so that a request is surely pending; {@code emit} sends its arguments back as an event
 * {@code echo}.
 */
public final class HoldModule implements EngineModule {

    @Override
    public void register(Operations operations, EventSink events) {
        operations.registerAsync("hold", arguments -> new CompletableFuture<>());
        operations.register("emit", arguments -> {
            events.emit("echo", arguments);
            return arguments;
        });
    }
}
