/**
 * Signing an agent in to a CTI service, for the suite's bundles that decide who signs in where (the local contact
 * center's launcher, the workbench's sign-in): {@link dev.callbench.cti.connect.CtiConnector} with its
 * {@link dev.callbench.cti.connect.CtiSettings}. Exported {@code x-friends} to those bundles; not API.
 */
@org.osgi.annotation.versioning.Version("1.0.0")
package dev.callbench.cti.connect;
