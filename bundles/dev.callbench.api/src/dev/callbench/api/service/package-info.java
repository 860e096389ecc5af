/**
 * The service to act with: {@link dev.callbench.api.service.ContactCenter} (what is true now, and the agent's
 * actions), with the actions ({@link dev.callbench.api.service.ContactAction}) and their typed failures
 * ({@link dev.callbench.api.service.ActionFailedException}).
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("2.3.0")
package dev.callbench.api.service;
