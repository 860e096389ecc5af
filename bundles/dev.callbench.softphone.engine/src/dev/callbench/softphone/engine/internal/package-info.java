/**
 * The media engine process: its main, the registry of the operations it answers, and the modules that add to it.
 * Plain Java: it runs on a plain class path, outside OSGi. Not API.
 */
package dev.callbench.softphone.engine.internal;
