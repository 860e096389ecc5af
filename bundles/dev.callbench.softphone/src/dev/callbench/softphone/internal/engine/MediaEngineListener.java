package dev.callbench.softphone.internal.engine;

/**
 * Learns what becomes of the softphone's media engine. Called on the supervisor's thread: return quickly. A
 * sentence is for the agent.
 */
public interface MediaEngineListener {

    /** An engine answers: the first one, or one started again after a death. */
    default void started(EngineProcess engine) {
    }

    /** The engine ended without being asked to: its requests have failed, a call under way has lost its media. */
    default void died(EngineProcess engine, String sentence) {
    }

    /** A new engine has replaced one that had grown too big, between calls. */
    default void recycled(EngineProcess engine) {
    }

    /** The engine has failed several times in a row; said once for each such run. */
    default void failing(String sentence) {
    }
}
