/**
 * The services to act with: {@link dev.callbench.api.service.ContactCenter} (what is true now, and the agent's
 * actions), and the two services the suite's bundles use among themselves:
 * {@link dev.callbench.api.service.EventBus} and {@link dev.callbench.api.service.ContactActionHooks}.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("1.0.0")
package dev.callbench.api.service;
