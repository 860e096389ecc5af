/**
 * The model of Callbench's public API: the agent, their states, their contacts and each contact's connections,
 * queues, endpoints, the softphone's media information, errors and session reports.
 * <p>
 * All types are immutable records; collections in them are unmodifiable copies. The vocabulary is Amazon Connect's
 * (its Streams API and CTI service), so people who know Connect find their way: {@link dev.callbench.api.Contact}
 * is Streams' {@code Contact}, {@link dev.callbench.api.AgentState} its {@code AgentState}, and so on.
 * Secrets (call context tokens, TURN credentials) never appear in {@code toString()}.
 * <p>
 * Events are in {@link dev.callbench.api.event}, the services to act with in {@link dev.callbench.api.service},
 * and the interfaces to contribute listeners, hooks and panels in {@link dev.callbench.api.whiteboard}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.2.0")
package dev.callbench.api;
