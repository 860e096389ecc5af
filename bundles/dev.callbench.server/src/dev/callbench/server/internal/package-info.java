/** Internals of dev.callbench.server; not API. */
package dev.callbench.server.internal;
