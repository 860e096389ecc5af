/**
 * The public API of Callbench: what the workbench and third-party bundles code against.
 */
@org.osgi.annotation.bundle.Export
@org.osgi.annotation.versioning.Version("0.1.0")
package dev.callbench.api;
