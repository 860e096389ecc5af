/**
 * The suite's plumbing, shared by Callbench's own bundles and by no one else: publishing on the event bus
 * ({@link dev.callbench.api.internal.suite.EventBus}, with its metrics) and running the contact action hooks
 * ({@link dev.callbench.api.internal.suite.ContactActionHooks}). Extensions receive events through the whiteboard
 * listeners and take part in actions through {@link dev.callbench.api.whiteboard.ContactActionHook}s; this package is
 * exported {@code x-friends} to the suite's bundles only, and may change in any release.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package dev.callbench.api.internal.suite;
