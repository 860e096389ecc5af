/** Internals of dev.callbench.events; not API. */
package dev.callbench.events.internal;
