package dev.callbench.softphone.engine.internal;

/**
 * Adds operations to the engine. Found with {@link java.util.ServiceLoader} on the engine's class path (a
 * {@code META-INF/services/dev.callbench.softphone.engine.internal.EngineModule} file in the module's jar), and
 * called once before the engine reads its first request. What a module must undo before the process exits (native
 * resources) it undoes in a shutdown hook: the engine ends with {@link System#exit(int)}.
 */
public interface EngineModule {

    void register(Operations operations, EventSink events);
}
