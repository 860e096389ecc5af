/**
 * Signing an agent in to a CTI service, for the suite's bundles that decide who signs in where (the local contact
 * center's launcher, the workbench's sign-in): {@link dev.callbench.cti.connect.CtiConnector} with its
 * {@link dev.callbench.cti.connect.CtiSettings}, or a Configuration Admin configuration as
 * {@link dev.callbench.cti.connect.CtiSignInConfiguration} describes it. Exported {@code x-friends} to those bundles;
 * not API.
 */
@org.osgi.annotation.versioning.Version("1.1.0")
package dev.callbench.cti.connect;
