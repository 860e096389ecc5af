/**
 * Events: what happened to the agent ({@link dev.callbench.api.event.AgentEvent}) and to their contacts
 * ({@link dev.callbench.api.event.ContactEvent}), each carrying the snapshot it was computed from.
 * <p>
 * To receive them, register a {@link dev.callbench.api.whiteboard.AgentListener} or
 * {@link dev.callbench.api.whiteboard.ContactListener} as an OSGi service. Generic consumers may also listen on the
 * EventAdmin topics {@code dev/callbench/agent/<TYPE>} and {@code dev/callbench/contact/<TYPE>} (properties in
 * {@link dev.callbench.api.event.EventProperties}), and e4 parts with {@code @UIEventTopic}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.1.0")
package dev.callbench.api.event;
