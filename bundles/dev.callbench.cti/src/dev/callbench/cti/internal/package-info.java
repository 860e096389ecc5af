/** Internals of dev.callbench.cti; not API. */
package dev.callbench.cti.internal;
